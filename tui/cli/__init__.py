"""The `icereader` command line: subcommands that answer one question and exit, or the reader."""
