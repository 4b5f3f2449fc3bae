"""Word lists for attribution: cue verbs, roles, pronouns, abbreviations and function words.

Lists only; the rules that use them live in `attribution.py` and `quotes.py`.
"""

from __future__ import annotations

# Verbs (and the phrase "according to") that introduce reported speech or writing.
CUE_VERBS = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated
    stating explain explains explained explaining write writes wrote writing tweet tweets tweeted
    tweeting post posts posted note notes noted noting warn warns warned warning argue argues
    argued arguing ask asks asked insist insists insisted insisting continue continues continued
    declare declares declared announce announces announced acknowledge acknowledges acknowledged
    admit admits admitted claim claims claimed contend contends contended counter counters
    countered respond responds responded reply replies replied recall recalls recalled remark
    remarks remarked observe observes observed emphasize emphasizes emphasized emphasise
    emphasised stress stresses stressed maintain maintains maintained concede concedes conceded
    caution cautions cautioned complain complains complained predict predicts predicted suggest
    suggests suggested testify testifies testified urge urges urged vow vows vowed pledge pledges
    pledged promise promises promised boast boasts boasted lament laments lamented conclude
    concludes concluded comment comments commented confirm confirms confirmed reiterate reiterates
    reiterated call calls called describe describes described read reads wrote shout shouts
    shouted yell yelled cry cried whisper whispered recount recounts recounted assert asserts
    asserted allege alleges alleged demanded retorted quipped joked elaborated clarified pleaded
    begged sobbed texted emailed messaged reported reports remembered assured assures affirmed
    affirms indicated indicates expressed highlighted underlined underscored specified detailed
    denounced criticized criticised mentioned revealed disclosed signaled signalled opined answered
    questioned wondered pointed proclaim proclaims proclaimed pledging promising vowing calling
    describing urging claiming labeling labelling label labels labeled labelled""".split()
)
# Speech verbs of two words, by their first word: "Trump went on", "as Ridge put it:".
PHRASAL_CUES = {"went": "on", "put": "it", "shot": "back", "fired": "back", "pushed": "back", "chimed": "in"}
# Cue verbs that are participles continuing the previous speaker ("..., adding that").
PARTICIPLE_CUES = frozenset(w for w in CUE_VERBS if w.endswith("ing"))
# Words that may stand between a subject and its cue verb ("Homan also said", "ICE has said").
CUE_ADVERBS = frozenset(
    """also later previously then further again has had have would will was is were are once
    recently repeatedly often earlier separately publicly privately quickly flatly simply bluntly
    had since subsequently initially first last only never already just still even""".split()
)
# Nouns naming a job, office or title; they make up the role before or after a name.
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople director deputy acting secretary mayor
    governor gov. gov sen. sen senator rep. rep representative del. congressman congresswoman president
    vice chief officer official commissioner sheriff attorney general judge justice lawyer advocate
    activist organizer organiser executive administrator chairman chairwoman chair councilman
    councilwoman councilmember leader head founder co-founder manager supervisor agent detective
    lieutenant captain sergeant lt. sgt. capt. gen. col. maj. cmdr. adm. professor prof. dr.
    economist researcher analyst fellow pastor rev. reverend bishop priest father sister monsignor imam
    rabbi czar ambassador minister
    commander superintendent assemblyman assemblywoman assemblymember delegate trustee coordinator
    counsel partner former chancellor marshal warden inspector investigator member councilmember
    senior principal associate assistant interim speaker majority minority whip leader
    mr. mrs. ms. mr mrs ms del. host anchor correspondent reporter columnist editor publisher
    adviser advisor strategist consultant pollster nominee candidate co-director co-chair
    co-founder ceo lawmaker legislator alderman alderwoman councilor spokesmen""".split()
)
FEMALE_ROLES = frozenset("spokeswoman congresswoman chairwoman councilwoman assemblywoman mrs. ms. mrs ms".split())
MALE_ROLES = frozenset("spokesman congressman chairman councilman assemblyman mr. mr".split())
PRONOUNS = {"he": "m", "she": "f", "it": "org", "they": "plural"}
# Unnamed people: they report speech but support no named speaker unless an organisation
# qualifies them ("ICE officials" is ICE).
GROUP_NOUNS = frozenset(
    """official officials authorities advocates advocate critics critic activists residents
    resident protesters protester lawyers attorneys witnesses witness neighbors neighbours
    neighbor neighbour sources source experts expert people immigrants supporters opponents
    leaders organizers organisers police agents members families relatives workers person
    staffers staff aides aide observers analysts officers prosecutors others some many plaintiffs defendants
    petitioners detainees migrants migrant worker farmworker farmworkers""".split()
)
SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())
# Documents speak for whoever issued them ("a DHS statement", "the memo").
DOCUMENT_NOUNS = frozenset(
    """statement statements memo memorandum release report letter email e-mail filing lawsuit
    complaint ruling order notice guidance document post tweet website announcement affidavit
    motion brief transcript decision opinion directive bulletin advisory page webpage website site declaration
    declarations proclamation petition indictment testimony""".split()
)
# Capitalised words that begin sentences or clauses but are never part of a name.
CAP_STOP = frozenset(
    """The A An But And Or So Yet In On At As For From By With Without Of To Into After Before
    During While When Where Whether If Although Though Because Since Until Meanwhile However Also
    Then Still Now Later Earlier Last Next This That These Those It Its He She They We I You His
    Her Their Our My Your There Here What Which Who Whom Whose Why How Some Many Most Several Such
    Both Each Every All Any No Not Asked Speaking Under Over Despite Amid Among Against Like Unlike
    Instead Indeed Separately Already Even Just Only Across Through Toward Towards Around About
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov
    Dec Mon Tue Wed Thu Fri Sat Sun Mr Mrs Ms Dr According Federal State Local National One Two
    Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions Today Tonight Tomorrow Yesterday
    Once Never Perhaps Maybe Is Are Was Were Do Does Did Has Have Had Can Could Would Should Shall""".split()
)
PREPOSITIONS = frozenset(
    """of by to from under with for about against at in on between than like as over into onto
    upon toward towards among amid during after before since without within through via per""".split()
)
# Words after a name that show it is used as a modifier ("the Trump administration").
MODIFIED_NOUNS = frozenset(
    """administration administrations era campaign campaigns supporters officials policy policies
    team presidency voters appointee appointees aides allies family government plan rule rules
    order orders years doctrine agenda""".split()
)
# Abbreviations after which a full stop does not end the sentence.
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep del gov lt gen sgt capt col maj adm cmdr rev hon st mt ft no vol jan feb
    mar apr jun jul aug sept sep oct nov dec supt det insp pres sec vs prof gens reps sens""".split()
)
# Words before a quotation that make it a name, title, term or slogan rather than speech.
NAMING_CUES = (
    "titled",
    "entitled",
    "headlined",
    "dubbed",
    "nicknamed",
    "nickname",
    "named",
    "known as",
    "so-called",
    "so called",
    "the term",
    "the phrase",
    "the slogan",
    "slogans",
    "the motto",
    "the label",
    "the hashtag",
    "hashtag",
    "chanted",
    "chanting",
    "chants of",
    "chant of",
    "signs reading",
    "signs that read",
    "signs that said",
    "signs saying",
    "sign reading",
    "sign that read",
    "banners reading",
    "banner reading",
    "the words",
    "the headline",
    "the title",
)
# Function words a Title Case name or title may keep in lower case.
SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as is vs nor but de la".split())
# Words that link the parts of a multiword name ("Department of Homeland Security").
NAME_LINKS = frozenset("of and for de del la le van von der da di du bin al y".split())
# The lower-case particles of a person's name ("Juan Ramon de la Fuente").
NAME_PARTICLES = NAME_LINKS - {"of", "and", "for"}

# Noun-phrase edges: determiners, adverbial openers, clause breaks, verbs naming a document's author.
DETERMINERS = frozenset("the a an its their his her".split())
ADVERBIAL_STARTS = frozenset(
    "in on at during after before speaking asked when while according today yesterday tonight later earlier".split()
)
# Words that open a sentence by linking it to the one before ("Instead, "…""): no new subject.
DISCOURSE_WORDS = frozenset("so but and yet still meanwhile however also instead then".split())
CLAUSE_STOPS = frozenset("who which that adding saying noting and but while".split())
# Document nouns that name the same document in a story ("a lawsuit filed by …" ¶ "the complaint says").
SAME_DOCUMENT = {w: group for group in ("lawsuit|complaint|suit|filing", "statement|release") for w in group.split("|")}
AUTHORING_VERBS = frozenset(
    "signed issued written released sent published authored posted filed brought submitted".split()
)
