"""From a file's bytes to one clean article text: decode, read the format (plain text, Markdown,
a saved web page, a PDF), find where the article came from, and drop what is not the story."""
