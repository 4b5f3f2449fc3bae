"""Common given names with the gender they usually carry, and place words that are not names.

Gender is only a tie-breaker for pronouns ("she" skips a man named just before); the article's
own pronouns are never used to infer it, because writers and scrapers get them wrong. Besides the
hand list (names in the news: officials, Spanish given names), `ssa_names` holds every name the US
Social Security Administration counts as given 2,000 times or more to people born 1925-2005 (public
domain; written by bench/given_names.py): those carried by one sex 95% of the time with that
gender, names given to both ("Dana", "Jordan") without one. Names that news text also writes as
words or places ("Hope", "Will", "Austin") are left out, or a sentence opener would be a person.
"""

from __future__ import annotations

from . import ssa_names

_HAND_FEMALE = frozenset(
    """Mary Maria Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
    Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah
    Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela
    Nicole Samantha Katherine Christine Emma Catherine Debra Rachel Carolyn Janet Virginia Heather
    Diane Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn Olivia Judith Megan Cheryl Martha
    Andrea Frances Hannah Jacqueline Ann Gloria Jean Kathryn Alice Teresa Sara Janice Doris Madison
    Julia Grace Judy Abigail Marie Denise Beverly Amber Theresa Marilyn Danielle Diana Brittany
    Natalie Sophia Rose Isabella Alexis Kayla Charlotte Carolina Guadalupe Rosa Ana Carmen Juana
    Alejandra Gabriela Veronica Adriana Claudia Lucia Sofia Elena Isabel Beatriz Silvia Mariana
    Daniela Paola Leticia Yolanda Marisol Esperanza Lupe Alma Irma Norma Blanca Jessica Kamala
    Nancy Kirstjen Alexandria Pramila Ilhan Rashida Kristi Tricia Karine Lorena Dolores Muriel
    Lori Karen Hillary Michelle Melania Ivanka Nydia Zoe Lydia Eva Ruth Esther Monica Raquel
    Valentina Camila Ximena Fernanda Valeria Mariela Yesenia Maribel Araceli Rocio Consuelo Reyna
    Luz Estela Graciela Josefina Margarita Patricia Norma Sonia Lourdes Gabriela Karla Rosario
    Fatima Aisha Amina Mariam Priya Anjali Mei Ling Olga Svetlana Irina Natasha Jenny Jessie Kathy
    Cathy Becky Debbie Vicky Sally Molly Holly Wendy Tammy Peggy Annie Ellie Sophie Lily Kate""".split()
) | frozenset(
    """
Dorothy Tiffany Crystal Erin Alyssa Allison Tina Bonnie Paula Jane Cindy Connie Vanessa Valerie
Brianna Jasmine Melanie Sheila Erica Sherry Alexandra Michele Anne Kristen Alicia Ava Wanda Rhonda
Suzanne Jill Phyllis Gail Katie Leah Audrey Elaine Ellen Mia Brooke Chloe Darlene Rita Joanne Carrie
Kristin Renee Lillian Caroline Tara Anita Ella Cassandra Laurie Sylvia Kaitlyn Haley Vicki Beth
Colleen Gina Regina Kelsey Hailey Ruby Lois Annette Terri Carla Jenna Heidi Claire Madeline Maureen
Yvonne Paige Kristina Joann Sabrina Melinda Deanna Lindsay Eileen Tamara Gabrielle Katelyn Roberta
Amelia Erika Irene Marcia Tonya Charlene Sue Lorraine Vivian Marissa Kaylee Tanya Jeanette Loretta
Alexa Marlene Geraldine Jeanne Juanita Caitlin Vickie Alison Josephine Brandy Rosemary Miranda
Louise Naomi Glenda Gabriella Constance Marsha Mariah Brandi Kylie Carole Priscilla Lucy Eleanor
Katrina Whitney Jocelyn Christy Toni Gwendolyn Kara Makayla Marjorie Penny Bethany Arlene Patsy
Meghan Joanna Dianne Clara Kendra Angelina Briana Kay Melody Nina Mildred Felicia Ariana Angelica
Daisy Bridget Shelly Misty Candace Kristine Sherri Maya Nora Brittney Desiree Arianna Breanna
Jillian Jodi Rachael Sheryl Edith Delores Monique Jacquelyn Lynda Kelli Aaliyah Krystal Shelley
Madelyn Krista Edna Meredith Cecilia Stella Rebekah Belinda Miriam Kristy Bianca Pauline Nevaeh
Layla Cheyenne Candice Sadie Hazel Zoey Sonya Nichole Adrienne Isabelle Jada Robyn Lucille Gladys
Carly Lynne Maggie Sheri Yvette Camille Kari Margie Marian Thelma Iris Roxanne Gianna Marianne
Tabitha Karina Kaitlin Florence Natalia Beatrice Wilma Gracie Abby Mckenzie Elise Dianna Angie Patty
Alisha Maryann Violet Mallory Bernice Ethel Kirsten Cora Alana Traci Aimee Janie Celeste Ramona
Janelle Lillie Antoinette Caitlyn Mikayla Kellie Juliana Lacey Cristina Cara Bertha Mya Allyson Lana
Michaela Jaclyn Lena Marisa Gretchen Hayley Shelia Liliana Vera Maxine Serenity Kiara Rochelle Ida
Selena Christie Latoya Shawna Janis Paulette Ginger Kylee Penelope Bella Bernadette Genevieve Tessa
Teri Myra Jana Jasmin Patti Scarlett Ashlyn Ashlee Esmeralda Jennie Rosalie Doreen Betsy Adrianna
Jeannette Dora Lilly Mindy Lynette Darla Alexia Meagan Laurel Callie Shari Faye Nikki Giselle
Johanna Julianna Lora Lola Rosemarie Trisha Jazmin Elsie Cassie Rosie Annabelle Nadia Ebony Stacie
Josie Mandy Elisabeth Susie Ivy Kristie Sonja Elisa Mercedes Kimberley Tami Nadine Serena Mattie
Marla Kerri Kyla Makenzie Alissa Stefanie Lila Alondra Anastasia Cheri Jayla Tori Tammie Tasha
Alaina Clarissa Mona Sherrie Hanna Geneva Piper Sasha Marcella Corinne Jazmine Ronda Patrice Jeannie
Britney Delaney Bonita Marina Mckenna Kyra
""".split()
)
_HAND_MALE = (
    frozenset(
        """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
    Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
    Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
    Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam
    Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry
    Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
    Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason
    Philip Louis Tom Jim Mike Bill Bob Steve Dave Dan Chris Matt Tony Greg Ron Ed Ken Chad Jeff
    Carlos Luis Jorge Miguel Pedro Manuel Francisco Antonio Alejandro Ricardo Fernando Javier
    Rafael Roberto Sergio Eduardo Mario Hector Raul Ruben Oscar Alberto Enrique Arturo Armando
    Julio Cesar Victor Hugo Ramon Alfredo Gustavo Andres Diego Ernesto Felipe Guillermo Ignacio
    Joaquin Marco Mauricio Pablo Rodrigo Salvador Santiago Emilio Esteban Shawn Henry Alexei
    Barack Joe Kamala Mitch Chuck Marco Ted Lindsey Rand Kevin Alejandro Kris Stephen Rudy Jared
    Jeh Cory Bernie Beto Gavin Greg Eric Rick Doug Kirk Brett Neil Lou Andy Jon Ben Sam Nick
    Mateo Matías Santiago Sebastián Leonardo Emiliano Diego Iker Nicolás Adrián Marcos Lucas
    Alonso Gerardo Rogelio Octavio Efrain Jesús Jesus Ángel Angel Moises Abel Isaac Elias Ismael
    Mohammed Mohamed Ahmed Ali Omar Hassan Yusuf Ibrahim Raj Arjun Wei Jun Dmitri Ivan Sergei
    Rolando Dwayne Marcus Gregory Dale Drew Tim Pete Rob Phil Fred Ted Hank Jack Luke Max Zach""".split()
    )
    | frozenset(
        """
Bradley Craig Travis Johnny Cody Phillip Todd Danny Jimmy Caleb Joel Evan Alex Martin Nathaniel
Rodney Jeffery Derek Curtis Ricky Allen Ian Dustin Jackson Troy Randall Glenn Connor Isaiah Shane
Corey Stanley Ronnie Howard Frederick Harry Barry Wesley Jeremiah Leonard Aiden Julian Blake Eddie
Jay Marvin Ernest Tommy Melvin Edwin Seth Liam Trevor Calvin Mitchell Micheal Erik Theodore Darrell
Norman Owen Dominic Derrick Earl Brent Marc Landon Carter Clarence Wyatt Jerome Garrett Cole Alfred
Xavier Sebastian Colin Andre Levi Clifford Leroy Spencer Warren Jake Grant Bryce Bernard Aidan
Clayton Colton Leon Brayden Lance Edgar Reginald Darren Alvin Herbert Leo Gordon Oliver Preston
Duane Franklin Maurice Eli Glen Darryl Johnathan Tanner Brendan Gilbert Josiah Lloyd Karl Lewis Kurt
Brady Vernon Brad Maxwell Nicolas Nolan Tyrone Allan Clinton Damian Dalton Floyd Collin Cooper Shaun
Kaleb Clyde Terrence Marshall Mathew Abraham Terrance Emmanuel Erick Dwight Ross Byron Kent Harvey
Miles Lester Jonathon Ayden Rickey Perry Dillon Kristopher Damon Giovanni Brody Milton Cristian
Stuart Herman Roland Arnold Nelson Wade Harrison Jonah Angelo Kaden Caden Jaxon Everett Lorenzo Gage
Cecil Trenton Geoffrey Jace Damien Donovan Chester Roman Conner Fredrick Alec Bryson Felix Kenny
Darius Trent Kelvin Dominick Clifton Bryant Garry Simon Gerard Malcolm Julius Neal Josue Chance
Claude Hugh Braden Roderick Orlando Randolph Hudson Malik Jermaine Zane Malachi Wallace Wendell
Tyson Dante Emanuel Brock Sammy Cedric Braxton Lincoln Elmer Benny Asher Carlton Jalen Trey Fabian
Gregg Lyle Quentin Terrell Ryder Graham Demetrius Nickolas Griffin Tucker Morris Salvatore Easton
Myles Clark Weston Leland Virgil
""".split()
    )
) - _HAND_FEMALE
FEMALE = _HAND_FEMALE | (ssa_names.FEMALE - _HAND_MALE)
MALE = _HAND_MALE | (ssa_names.MALE - _HAND_FEMALE)
GIVEN_NAMES = FEMALE | MALE | ssa_names.EITHER
# Words that start or make up place names; a run of capitals holding one is not a person.
PLACE_WORDS = frozenset(
    """Los Las San Santa New North South East West Fort Saint St. Lake Mount El Port Palm Beach
    City County Park Valley Springs Island Islands Bay Heights Falls Hills Angeles York Jersey
    Carolina Dakota Texas California Florida Arizona Illinois Massachusetts Washington Oregon
    Georgia Virginia Maryland Colorado Nevada Mexico Guatemala Honduras Salvador Venezuela Cuba
    Haiti America United States Street Avenue Road Boulevard Border Rio Grande Chicago Denver
    Houston Dallas Miami Atlanta Boston Philadelphia Baltimore Seattle Portland Phoenix Diego
    Francisco Jose Antonio Austin Detroit Newark Minneapolis Tucson Nashville Memphis Israel Jordan
    China India Kenya Chad Iran Iraq Ukraine Russia Afghanistan Pakistan Syria Egypt Brazil Colombia
    Peru Ecuador Nicaragua Panama Canada Germany France Italy Spain Britain England Ireland Japan
    Korea Vietnam Philippines Nigeria Ghana Somalia Sudan Yemen Libya Lebanon Turkey Gaza""".split()
)

# States as the AP style abbreviates them after a town ("Sumter, S.C.,", "Ames, Iowa,"), without the stop.
STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo""".split()
)
# US states by postal code (and DC), for places written either way.
US_STATES = {
    "al": "alabama",
    "ak": "alaska",
    "az": "arizona",
    "ar": "arkansas",
    "ca": "california",
    "co": "colorado",
    "ct": "connecticut",
    "de": "delaware",
    "fl": "florida",
    "ga": "georgia",
    "hi": "hawaii",
    "id": "idaho",
    "il": "illinois",
    "in": "indiana",
    "ia": "iowa",
    "ks": "kansas",
    "ky": "kentucky",
    "la": "louisiana",
    "me": "maine",
    "md": "maryland",
    "ma": "massachusetts",
    "mi": "michigan",
    "mn": "minnesota",
    "ms": "mississippi",
    "mo": "missouri",
    "mt": "montana",
    "ne": "nebraska",
    "nv": "nevada",
    "nh": "new hampshire",
    "nj": "new jersey",
    "nm": "new mexico",
    "ny": "new york",
    "nc": "north carolina",
    "nd": "north dakota",
    "oh": "ohio",
    "ok": "oklahoma",
    "or": "oregon",
    "pa": "pennsylvania",
    "ri": "rhode island",
    "sc": "south carolina",
    "sd": "south dakota",
    "tn": "tennessee",
    "tx": "texas",
    "ut": "utah",
    "vt": "vermont",
    "va": "virginia",
    "wa": "washington",
    "wv": "west virginia",
    "wi": "wisconsin",
    "wy": "wyoming",
    "dc": "washington",
}
# State names ("new mexico"), and every word of them ("new", "mexico").
STATE_NAMES = frozenset(US_STATES.values())
STATE_NAME_WORDS = frozenset(w for name in STATE_NAMES for w in name.split())

# Capitalised words that name no person on their own, though they open sentences or stand where a
# speaker does: time words, platforms, photo credits, party and nationality words, openers.
NOT_NAMES = frozenset(
    """Hours Minutes Days Weeks Months Years Early Late Later Earlier Moments Shortly Soon Afterward
    Afterwards Overnight Recently Finally Wait Look Well Yes Yeah Okay Please Thanks Sorry Again
    Twitter Facebook Instagram YouTube TikTok Snapchat Reddit Truth Social Threads Bluesky Getty
    Images Reuters AP AFP Photo Video Credit Courtesy Source Sources Associated Press Getty/Instagram
    Democratic Democrat Democrats Republican Republicans Independent Conservative Conservatives
    Liberal Liberals Progressive Progressives American Americans Mexican Mexicans Cuban Cubans
    Chinese Russian Russians Iranian Syrian Syrians Israeli Israelis Palestinian Palestinians
    Ukrainian European Europeans African Asian Hispanic Hispanics Latino Latinos Latina Latinas
    Muslim Muslims Christian Christians Jewish Catholic Catholics Evangelical Evangelicals
    British French German Germans Canadian Canadians Haitian Haitians Venezuelan Venezuelans
    Guatemalan Guatemalans Honduran Hondurans Salvadoran Salvadorans Central Northern Southern
    Eastern Western Breaking Update Updated Editor Editors Note Watch Listen Read Related Advertisement
    Both Neither Either Nobody Everybody Everyone Someone Anyone Critics Supporters Opponents Officials
    Democrats Lawmakers Voters Residents Protesters Advocates Activists Experts Analysts Police""".split()
)

# Words written before a name that are not part of it: party and partisan labels ("Republican
# Donald Trump"); titles and roles are in words.ROLE_WORDS.
PARTY_WORDS = frozenset("republican republicans democrat democratic democrats gop independent libertarian".split())

# Name suffixes, and nicknames with the given name they stand for (for merging across articles).
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
NICKNAMES = {
    "tom": "thomas",
    "mike": "michael",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "dick": "richard",
    "rick": "richard",
    "chuck": "charles",
    "chris": "christopher",
    "dan": "daniel",
    "dave": "david",
    "steve": "steven",
    "matt": "matthew",
    "tony": "anthony",
    "ed": "edward",
    "ted": "edward",
    "ken": "kenneth",
    "greg": "gregory",
    "ron": "ronald",
    "jeff": "jeffrey",
    "alex": "alexander",
    "sam": "samuel",
    "ben": "benjamin",
    "nick": "nicholas",
    "kate": "katherine",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "pat": "patricia",
    "jen": "jennifer",
    "jenny": "jennifer",
    "sue": "susan",
    "meg": "margaret",
    "peggy": "margaret",
}
