"""Outlets by web domain: the name a reporter would cite for a page of that site. A domain not
listed is shown as itself; a subdomain takes its parent's name ("newsroom.ice.gov" → "ICE")."""

from __future__ import annotations

OUTLETS = {
    # US government
    "ice.gov": "ICE", "bidenwhitehouse.archives.gov": "White House (archived)",
    "trumpwhitehouse.archives.gov": "White House (archived)", "obamawhitehouse.archives.gov": "White House (archived)", "dhs.gov": "DHS", "cbp.gov": "CBP", "uscis.gov": "USCIS", "justice.gov": "Department of Justice",
    "fbi.gov": "FBI", "whitehouse.gov": "White House", "state.gov": "State Department", "gao.gov": "GAO",
    "oig.dhs.gov": "DHS Office of Inspector General", "congress.gov": "Congress.gov", "house.gov": "U.S. House",
    "senate.gov": "U.S. Senate", "uscourts.gov": "U.S. Courts", "supremecourt.gov": "Supreme Court",
    "federalregister.gov": "Federal Register", "govinfo.gov": "GovInfo",
    # public broadcasters and wires
    "voanews.com": "VOA", "npr.org": "NPR", "pbs.org": "PBS", "apnews.com": "AP", "reuters.com": "Reuters",
    # national and regional news
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal",
    "usatoday.com": "USA Today", "latimes.com": "Los Angeles Times", "chicagotribune.com": "Chicago Tribune",
    "bostonglobe.com": "The Boston Globe", "theguardian.com": "The Guardian", "bbc.com": "BBC", "bbc.co.uk": "BBC",
    "cnn.com": "CNN", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News",
    "foxnews.com": "Fox News", "politico.com": "Politico", "thehill.com": "The Hill", "axios.com": "Axios",
    "huffpost.com": "HuffPost", "huffingtonpost.com": "HuffPost", "breitbart.com": "Breitbart",
    "propublica.org": "ProPublica", "texastribune.org": "The Texas Tribune", "themarshallproject.org": "The Marshall Project",
    "miamiherald.com": "Miami Herald", "sfchronicle.com": "San Francisco Chronicle", "denverpost.com": "The Denver Post",
}
