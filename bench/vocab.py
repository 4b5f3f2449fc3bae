"""Word pools for the corpus generator: people, places, agencies, figures and sentence parts.

Why hand-written pools instead of random words: extraction (quote pairing, attribution, speaker
merge, figures) and related passages only do realistic work on text that reads like immigration
news. Pool sizes are fixed (not scaled with the corpus) so a 1k-passage corpus is a prefix of the
100k one and a speaker recurs across articles the way real sources do.
"""

from __future__ import annotations

GIVEN_F = """Maria Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra
Ashley Emily Michelle Amanda Melissa Rebecca Laura Angela Helen Anna Nicole Rachel Heather Diane Julie
Victoria Lauren Andrea Hannah Teresa Grace Denise Rosa Ana Carmen Alejandra Gabriela Veronica Adriana
Claudia Lucia Sofia Elena Isabel Beatriz Silvia Mariana Daniela Leticia Yolanda Marisol Esperanza Alma
Norma Blanca Lorena Dolores Ruth Esther Monica Raquel""".split()
GIVEN_M = """James John Robert Michael William David Richard Joseph Thomas Daniel Matthew Anthony Mark
Steven Paul Andrew Kevin Brian George Timothy Edward Jason Ryan Eric Jonathan Scott Samuel Gregory Frank
Patrick Raymond Dennis Henry Douglas Peter Walter Keith Roger Sean Carl Arthur Lawrence Carlos Luis Jorge
Miguel Pedro Manuel Francisco Antonio Ricardo Fernando Javier Rafael Roberto Sergio Eduardo Mario Hector
Raul Ruben Oscar Alberto Enrique Arturo Julio Victor Ramon Gustavo Andres Diego Ernesto Felipe Pablo
Rodrigo Shawn Tom Mike Steve Chris Greg Ron""".split()
# Invented surnames: plausible, but not those of real officials.
SURNAMES = """Abernathy Ackerly Aldana Alvarado Amezcua Arbelaez Arredondo Ashcombe Balderas Banuelos
Barragan Beckwith Belmonte Benavidez Birkett Blackwood Bolanos Brantley Bressler Briceno Calloway Camarena
Candelario Carrasco Castellon Cavanaugh Cervantes Chavarria Chesney Cisneros Colquitt Cordova Corrigan
Covarrubias Cruzado Dalberg Delacroix Delgadillo Dempsey Dominguez Donnelly Dorsey Duarte Eastwood
Echeverria Ellsworth Escamilla Espinal Fairbanks Farrow Fenwick Figueroa Fitzgerald Galindo Gallardo
Garrity Gillespie Goodwin Granados Greer Guajardo Haldane Halvorsen Harcourt Hargrove Hawthorne Heredia
Hinojosa Holcomb Huerta Ibarra Iglesias Jaramillo Kasprzak Keegan Kellerman Kilbride Lachance Landeros
Langford Larkin Ledesma Lindqvist Loera Lombardi Lozano Lundgren Macias Madrigal Maldonado Marquardt
Medrano Mendivil Merriweather Montalvo Montemayor Morrissey Nakamura Navarrete Neudecker Norcross Ochoa
Olmstead Orozco Osterberg Pacheco Padilla Pemberton Penaloza Quintanilla Radcliffe Renteria Riordan
Robledo Rosenthal Saldivar Salazar Santoyo Sepulveda Shackleford Solorzano Sotelo Stanhope Strickland
Tamayo Thibodeaux Trevino Truesdale Urrutia Valdivia Vanderpool Velasquez Villarreal Wainwright
Whitcomb Winterbottom Yarbrough Zamora Zavala Zepeda""".split()

CITIES = [
    ("Chicago", "Illinois", "Cook"),
    ("Houston", "Texas", "Harris"),
    ("Phoenix", "Arizona", "Maricopa"),
    ("San Antonio", "Texas", "Bexar"),
    ("Denver", "Colorado", "Denver"),
    ("Atlanta", "Georgia", "Fulton"),
    ("Newark", "New Jersey", "Essex"),
    ("Miami", "Florida", "Miami-Dade"),
    ("Seattle", "Washington", "King"),
    ("Portland", "Oregon", "Multnomah"),
    ("Tucson", "Arizona", "Pima"),
    ("El Paso", "Texas", "El Paso"),
    ("Los Angeles", "California", "Los Angeles"),
    ("San Diego", "California", "San Diego"),
    ("Minneapolis", "Minnesota", "Hennepin"),
    ("Nashville", "Tennessee", "Davidson"),
    ("Charlotte", "North Carolina", "Mecklenburg"),
    ("Baltimore", "Maryland", "Baltimore"),
    ("Philadelphia", "Pennsylvania", "Philadelphia"),
    ("Boston", "Massachusetts", "Suffolk"),
    ("Omaha", "Nebraska", "Douglas"),
    ("Salt Lake City", "Utah", "Salt Lake"),
    ("Raleigh", "North Carolina", "Wake"),
    ("Albuquerque", "New Mexico", "Bernalillo"),
    ("Las Vegas", "Nevada", "Clark"),
    ("Detroit", "Michigan", "Wayne"),
    ("Milwaukee", "Wisconsin", "Milwaukee"),
    ("Des Moines", "Iowa", "Polk"),
    ("Dallas", "Texas", "Dallas"),
    ("Austin", "Texas", "Travis"),
    ("Sacramento", "California", "Sacramento"),
    ("Fresno", "California", "Fresno"),
    ("Tulsa", "Oklahoma", "Tulsa"),
    ("Memphis", "Tennessee", "Shelby"),
    ("Brownsville", "Texas", "Cameron"),
    ("McAllen", "Texas", "Hidalgo"),
    ("Yuma", "Arizona", "Yuma"),
    ("Laredo", "Texas", "Webb"),
    ("Oakland", "California", "Alameda"),
    ("Grand Rapids", "Michigan", "Kent"),
]
COUNTRIES = """Mexico Guatemala Honduras El-Salvador Venezuela Haiti Ecuador Colombia Nicaragua Cuba Brazil
India China Ghana Cameroon Mauritania Ukraine Russia Peru""".replace("El-Salvador", "El_Salvador").split()
COUNTRIES = [c.replace("_", " ") for c in COUNTRIES]
OUTLETS = [
    "The Daily Ledger",
    "Metro Courier",
    "Border Report Weekly",
    "The Capitol Sentinel",
    "Valley Tribune",
    "Gulf Coast Herald",
    "The Plains Observer",
    "Harbor City Times",
    "Desert Sun Dispatch",
    "Lakeshore Post",
]
SECTIONS = ["U.S.", "Politics", "Local", "Immigration", "Nation", "Metro", "Border", "Courts"]

# Speaker kinds: (role templates, organisation); {city}/{county}/{state} are the speaker's home.
ROLES: dict[str, list[str]] = {
    "ice": [
        "a spokesperson for ICE",
        "the ICE field office director in {city}",
        "an ICE spokesman",
        "acting director of ICE's {city} field office",
        "a deputy field office director for ICE",
    ],
    "dhs": [
        "a DHS spokeswoman",
        "assistant secretary for public affairs at the Department of Homeland Security",
        "a senior DHS official",
        "a spokesperson for the Department of Homeland Security",
    ],
    "cbp": ["the Border Patrol chief in the {city} sector", "a CBP spokesman", "a Border Patrol agent"],
    "mayor": ["mayor of {city}", "the mayor of {city}", "{city}'s mayor"],
    "sheriff": ["the {county} County sheriff", "sheriff of {county} County"],
    "police": ["the {city} police chief", "chief of the {city} Police Department"],
    "lawyer": [
        "an immigration attorney in {city}",
        "a lawyer with the ACLU of {state}",
        "an immigration lawyer who represents several of the detained workers",
        "a staff attorney at the National Immigration Law Center",
        "a public defender in {county} County",
    ],
    "advocate": [
        "executive director of the {city} Immigrant Rights Coalition",
        "an organizer with {city} Sanctuary Network",
        "policy director at the {state} Immigrant Justice Project",
        "a volunteer with a rapid-response hotline in {city}",
    ],
    "researcher": [
        "a senior policy analyst at the Migration Policy Institute",
        "a researcher at TRAC",
        "a professor of immigration law at the University of {state}",
        "a demographer at Pew Research Center",
    ],
    "politician": [
        "a Democratic state senator from {state}",
        "a Republican congressman from {state}",
        "a member of the {city} City Council",
        "the governor of {state}",
    ],
    "judge": ["a retired immigration judge", "a former chief immigration judge"],
    "resident": [
        "a {age}-year-old worker from {country}",
        "a mother of {kids} who came from {country}",
        "a pastor at a church in {city}",
        "a restaurant owner in {city}",
        "a {age}-year-old student",
    ],
}
KIND_WEIGHTS = {
    "ice": 14,
    "dhs": 8,
    "cbp": 4,
    "mayor": 8,
    "sheriff": 4,
    "police": 3,
    "lawyer": 14,
    "advocate": 12,
    "researcher": 7,
    "politician": 6,
    "judge": 2,
    "resident": 10,
}
# Titles written before the name ("Mayor Ana Cordova"), by kind.
TITLES = {"mayor": "Mayor", "sheriff": "Sheriff", "police": "Chief", "politician": "", "judge": "Judge"}

ADVOCACY_ORGS = [
    "the ACLU",
    "RAICES",
    "the National Immigration Law Center",
    "the Southern Poverty Law Center",
    "the American Immigration Lawyers Association",
]
AGENCIES = [
    "ICE",
    "Immigration and Customs Enforcement",
    "the Department of Homeland Security",
    "DHS",
    "Customs and Border Protection",
    "the Border Patrol",
    "Homeland Security Investigations",
    "the Justice Department",
    "the Office of Refugee Resettlement",
    "USCIS",
]

# --- quote material ---------------------------------------------------------------------------

QUOTE_SENTENCES = {
    "enforce": [
        "Our officers will continue to enforce the laws passed by Congress",
        "We prioritize individuals who pose a threat to public safety and national security",
        "Every one of the people arrested had a final order of removal or a pending criminal charge",
        "When local jails refuse to honor detainers, our officers have to go into the community",
        "This operation was planned for months and carried out professionally",
        "We do not conduct indiscriminate sweeps, and we never have",
        "The agency will not be deterred by political rhetoric in {city}",
        "Sanctuary policies release dangerous offenders back onto the streets",
        "Anyone who is in the country illegally is subject to arrest and removal",
        "Our detention standards are among the most rigorous in the country",
        "We have a duty to follow the law as it is written",
        "Collateral arrests happen when officers encounter other people who are removable",
    ],
    "oppose": [
        "These are families who have lived here for {years} years and paid their taxes",
        "This is not about public safety, it is about politics",
        "People are afraid to send their kids to school or go to work",
        "They came at dawn and took fathers away in front of their children",
        "Our city will not use local resources to do the federal government's job",
        "Due process is not a loophole, it is the Constitution",
        "We are seeing people detained for weeks without access to a lawyer",
        "The conditions inside the detention center are unacceptable",
        "Nobody should be arrested at a courthouse while seeking justice",
        "Fear has a cost for the whole community, not just for immigrants",
        "We have a hotline that rang nonstop for {days} days",
        "Many of the people detained have no criminal record at all",
        "The message they are sending is that nobody is safe",
        "I have represented clients who were deported before their hearing",
    ],
    "neutral": [
        "The backlog in the immigration courts keeps growing every month",
        "The data show a steady increase in arrests of people without convictions",
        "It is too early to say whether the policy will hold up in court",
        "Both sides agree the system is broken, they just disagree about the fix",
        "The numbers are preliminary and could change as more records come in",
        "What we are seeing is a shift in who gets arrested, not just how many",
        "Local jails have become the front door to deportation",
        "The judge's ruling applies only to this district for now",
        "Detention capacity is the real constraint on enforcement",
        "Employers in agriculture and construction depend on this workforce",
    ],
    "personal": [
        "I have been here since I was {age_child} years old and this is the only home I know",
        "My husband went to work and never came back",
        "We just want to be able to live without fear",
        "I did everything they asked me to do and they still detained me",
        "My children were born here and they do not understand what is happening",
        "I was scared to open the door",
        "I waited {months} months for my hearing",
    ],
}
QUOTE_TAILS = [
    ", and everybody here knows it",
    " in {city}",
    " this year",
    " right now",
    ", period",
    " and we will keep saying so",
    " in {state} and everywhere else",
    " for {years} years",
    ", and that is what the record shows",
    " no matter who is in charge",
    ", whatever Washington says",
    " since {month_name}",
    " at the {city} field office",
    " in front of {age_child} children",
]
KIND_STANCE = {
    "ice": "enforce",
    "dhs": "enforce",
    "cbp": "enforce",
    "sheriff": "enforce",
    "mayor": "oppose",
    "police": "neutral",
    "lawyer": "oppose",
    "advocate": "oppose",
    "researcher": "neutral",
    "politician": "oppose",
    "judge": "neutral",
    "resident": "personal",
}

SAY = [
    "said",
    "said",
    "said",
    "said",
    "told reporters",
    "said in a statement",
    "said in an interview",
    "added",
    "explained",
    "argued",
    "noted",
    "wrote in an email",
]

# --- narrative material -------------------------------------------------------------------------

TOPICS = [
    "raid",
    "courthouse arrests",
    "detention center",
    "sanctuary policy",
    "workplace enforcement",
    "asylum backlog",
    "287(g) agreement",
    "deportation flights",
    "family detention",
    "detainer requests",
    "border crossings",
    "immigration court",
    "bond hearings",
    "check-ins",
    "visa overstays",
]
HEADLINES = [
    "ICE arrests {n} in {city} operation",
    "{city} {council} votes on sanctuary policy",
    "Advocates decry conditions at {city} detention center",
    "Immigration arrests rise in {state}",
    "Judge blocks courthouse arrests in {city}",
    "Families wait for answers after {city} raid",
    "Deportation flights resume from {city}",
    "Sheriff ends cooperation with ICE in {county} County",
    "Asylum seekers face growing backlog in {city} court",
    "What the new detainer policy means for {city}",
    "Workers detained at {city} {business}",
    "Inside the fight over a {city} detention contract",
    "Lawmakers question cost of {city} detention expansion",
    "{n} detained in sweep across {state}",
    "How {city} responded to the immigration crackdown",
    "Immigrant rights groups sue over {city} arrests",
]
BUSINESSES = [
    "meatpacking plant",
    "construction site",
    "car wash",
    "restaurant",
    "farm",
    "factory",
    "warehouse",
    "nursery",
    "landscaping company",
    "hotel",
]
COUNCIL = ["council", "commissioners", "school board", "county board"]

NARRATIVE = [
    "Immigration officers arrested {fig_people} during a {days}-day operation in and around {city}, according to {agency}.",
    "The operation was part of a broader federal push that has targeted {business}s and other workplaces across {state}.",
    "Of those arrested, {fig_fraction} had no criminal convictions, according to records obtained by {outlet}.",
    "Federal officials said {fig_pct} of the people detained had prior deportation orders.",
    "The {city} detention center, run by a private contractor, holds {fig_people} on an average day.",
    "The county received {fig_money} from the federal government last year under its detention contract.",
    "Immigration arrests in the {city} area rose by {pct} percent compared with the previous year.",
    "The immigration court in {city} has a backlog of more than {big:,} cases, and the average wait for a hearing is {months} months.",
    "Under the agreement, deputies in {county} County can question people booked into the jail about their immigration status.",
    "City officials said the police department would not honor detainer requests without a judicial warrant.",
    "The federal government spent {fig_money} on flights that returned people to {country} last year.",
    "Advocates said {fig_vague} were detained at check-ins at the {city} field office.",
    "The agency has {fig_people} in custody nationwide, near its highest level in years.",
    "A federal judge in {city} ordered the government to provide lawyers with access to the facility within {days} days.",
    "Local immigration officials declined to say how many people remained in custody after the {topic}.",
    "The federal immigration enforcement effort has drawn protests outside the {city} field office for {weeks} weeks.",
    "Immigration lawyers in {city} said they had seen {fig_vague} new cases since the operation began.",
    "Under federal law, immigration detention is civil rather than criminal, and detainees are not guaranteed a lawyer.",
    "The department did not respond to a request for comment on {weekday}.",
    "{city} is one of {n_small} cities in {state} that limit cooperation with federal immigration authorities.",
    "Records show that about {pct} percent of detainees at the facility were transferred from other states.",
    "The state legislature passed a bill in {year} barring local police from asking about immigration status.",
    "More than {big:,} people were deported to {country} in {year}, according to federal data.",
    "The contract, worth {fig_money}, runs through {year2} and can be extended.",
    "Many of the workers had lived in {city} for more than a decade, neighbors said.",
    "Officials said {fig_dozen} children were left without a parent at home after the arrests.",
    "The immigration policy debate in {state} has intensified ahead of the {year2} election.",
    "The federal grant of {fig_money} was withheld after the city refused to change its sanctuary ordinance.",
    "Nearly {round} people attended a vigil outside the federal building in {city} on {weekday}.",
    "Attendance at schools in the neighborhood dropped by {pct} percent in the week after the {topic}, district officials said.",
    "The {topic} in {city} followed a similar operation in {city2} in {month_name}.",
    "Neighbors near {street} Avenue said agents in unmarked cars arrived before dawn.",
    "{street}'s {business} on {street2} Road reopened on {weekday}, but half of its employees did not return.",
    "A spokeswoman for {outlet} confirmed the figures on {weekday}.",
    "Congress has funded roughly {big:,} detention beds, but the agency has regularly exceeded that number.",
]
FIG_PEOPLE_NOUN = ["people", "immigrants", "workers", "detainees", "adults", "men and women", "residents"]
FRACTIONS = ["about a third", "nearly half", "roughly a quarter", "two-thirds", "about half", "more than a third"]
VAGUE = [
    "dozens of people",
    "hundreds of families",
    "a dozen workers",
    "at least a dozen people",
    "several hundred immigrants",
    "thousands of people",
    "a handful of detainees",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Sentences woven into paragraphs so the term distribution has a long, news-like tail.
FILLER_SUBJECTS = [
    "The policy",
    "The ordinance",
    "The new rule",
    "The program",
    "The lawsuit",
    "The contract",
    "The decision",
    "The memo",
    "The agreement",
    "The proposal",
    "The settlement",
    "The audit",
    "The report",
    "The investigation",
    "The budget request",
    "The hearing",
]
FILLER_VERBS = [
    "would expand",
    "could limit",
    "requires",
    "prohibits",
    "allows",
    "ends",
    "delays",
    "restores",
    "challenges",
    "reverses",
    "funds",
    "documents",
    "examines",
    "questions",
    "tightens",
    "loosens",
]
FILLER_OBJECTS = [
    "access to counsel for detainees",
    "information sharing between jails and federal agents",
    "the use of county jails for civil detention",
    "inspections of privately run facilities",
    "notification requirements before transfers",
    "bond hearings for long-term detainees",
    "the collection of fingerprints at booking",
    "language access at immigration court",
    "medical care standards in detention",
    "the release of asylum seekers to sponsors",
    "workplace audits of agricultural employers",
    "training for deputies under 287(g)",
    "data on arrests at courthouses",
    "ankle monitors for people awaiting hearings",
    "the backlog of work permit applications",
    "the number of deportation flights each week",
    "transport of detainees across state lines",
    "protections for crime victims with visas",
    "emergency funding for shelters",
    "oversight of contractor spending",
]
FILLER_TAILS = [
    "according to immigration court filings",
    "an immigration official said",
    "immigration records show",
    "according to federal immigration data",
    "according to court filings",
    "a spokesman said",
    "budget documents show",
    "records reviewed by reporters show",
    "critics say",
    "supporters argue",
    "officials confirmed",
    "according to a draft obtained by the newspaper",
    "the inspector general found",
    "testimony at the hearing showed",
    "a review of public records found",
]

# Syllables for the long tail of proper nouns news is full of (streets, neighbourhoods, schools,
# shops, one-off witnesses): without them the corpus has ~1,000 distinct words instead of tens of
# thousands, and term dictionaries, prefix expansion and "more like this" do unrealistically little.
SYLLABLES = """bar ca del fon gra hal in jo ka lom mar nes or pel qui ros sal tan ul ver wen xa yor zel
bri co dan el fer gil har is jen kor lin mon nor ol pra ri sen tor un vel wil ya zan ber cha dor
ev fal gor hen ik lu mer ni os pen ru sto tre ur vin wes"""
SYLLABLES = SYLLABLES.split()
PLACE_KINDS = [
    "Street",
    "Avenue",
    "Road",
    "Boulevard",
    "Park",
    "Elementary School",
    "Middle School",
    "Community Center",
    "Market",
    "Heights",
    "Plaza",
    "Church",
]
LOCAL_ROLES = [
    "who lives on {place}",
    "a neighbor on {place}",
    "who owns a shop near {place}",
    "a teacher at {place}",
    "a parent at {place}",
    "who manages a clinic near {place}",
    "a volunteer at {place}",
    "a cook at a restaurant on {place}",
]
LOCAL_SCENES = [
    "Witnesses near {place} said agents in unmarked vehicles detained {fig_dozen} men outside a {business}.",
    "Parents at {place} gathered on {weekday} to share information about the arrests.",
    "A crowd gathered outside {place} after word of the {topic} spread on social media.",
    "The {surname} family, who run a {business} near {place}, said two relatives had been detained.",
    "Volunteers at {place} collected donations for families affected by the arrests in {city}.",
]
