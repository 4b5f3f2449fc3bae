"""Given names from the US Social Security Administration's birth counts (public domain),
1925-2005, given at least 2000 times; written by bench/given_names.py, do not edit.
FEMALE and MALE: one sex at least 95% of the time; EITHER: both."""

FEMALE = frozenset(
    """
    Aaliyah Abagail Abbey Abbie Abbigail Abby Abigail Abigale Abigayle Abril Acacia Ada Addie Adela
    Adelaide Adele Adelia Adelina Adeline Adella Adelle Adilene Adina Adria Adriana Adriane Adrianna
    Adrianne Adriene Adrienne Agatha Agnes Aida Aileen Aimee Ainsley Aisha Aislinn Aiyana Aja Akilah
    Alaina Alana Alanna Alannah Alayna Alba Alberta Albertha Alda Alea Aleah Alecia Aleena Aleisha
    Alejandra Alena Alene Alesha Aleshia Alesia Alessandra Aleta Aletha Alethea Alexa Alexandra
    Alexandrea Alexandria Alexia Alexus Alfreda Alia Alice Alicia Alida Alina Aline Alisa Alise
    Alisha Alishia Alisia Alison Alissa Alivia Aliya Aliyah Aliza Allegra Allene Allison Allysa
    Allyson Allyssa Alondra Alora Alta Althea Alvina Alyce Alycia Alysa Alyse Alysha Alysia Alyson
    Alyssa Alyssia Amalia Amanda Amara Amaris Amaya Amber Amberly Amelia Ami Amie Amina Amira Amirah
    Amparo Amy Amya Ana Anabel Anabelle Anahi Anais Analisa Anamaria Anastacia Anastasia Anaya
    Andrea Andria Anette Angela Angelena Angelia Angelic Angelica Angelika Angelina Angeline
    Angelique Angelita Angella Angie Anika Anisa Anisha Anissa Anita Anitra Aniya Aniyah Anjali
    Anjanette Anjelica Ann Anna Annabel Annabell Annabella Annabelle Annalee Annalisa Annalise
    Annamaria Annamarie Anne Anneliese Annelise Annemarie Annetta Annette Annie Annika Annmarie
    Ansley Antionette Antoinette Antonette Anya Apryl Araceli Aracely Ardella Ardith Areli Arely
    Aretha Ariana Ariane Arianna Arianne Arica Ariella Arielle Arla Arleen Arlene Arlette Arline
    Armida Arnetta Aryana Aryanna Asha Ashely Ashia Ashlea Ashlee Ashleigh Ashley Ashli Ashlie Ashly
    Ashlyn Ashlynn Asia Astrid Athena Aubree Aubrie Audra Audrey Aundrea Aurelia Aurora Autum Ava
    Ayana Ayanna Ayesha Ayla Aylin Azucena Babette Bailee Bambi Barb Barbara Barbie Barbra Baylee
    Beatrice Beatriz Becca Becki Beckie Becky Belen Belinda Bella Belle Belva Benita Berenice
    Bernadette Bernadine Bernardine Bernetta Bernice Berniece Bernita Berta Bertha Bessie Beth
    Bethanie Bethann Bethany Betsey Betsy Bette Bettie Bettina Betty Bettye Beulah Beverlee Beverley
    Beverly Bianca Billye Birdie Blaire Blanca Blanch Blanche Blythe Bobbi Bobbye Bonita Bonnie
    Bonny Brandee Brandi Brandie Brandy Brea Breana Breann Breanna Breanne Bree Breeanna Brenda
    Brenna Breonna Bria Briana Brianna Brianne Bridget Bridgett Bridgette Brieanna Brielle Brigette
    Brigid Brigitte Brinda Brionna Brisa Britany Britney Britni Britta Brittaney Brittani Brittanie
    Brittany Brittnee Brittney Brittni Brittnie Brittny Bronwyn Brooke Brooklyn Brooklynn Bryana
    Bryanna Brynn Buffy Cailey Cailin Cailyn Caitlin Caitlyn Caitlynn Caleigh Cali Calista Calli
    Callie Cambria Camelia Cami Camila Camilla Camille Cammie Candace Candance Candice Candida
    Candie Candis Candyce Caprice Cara Caren Cari Carie Carin Carina Carisa Carissa Carla Carlee
    Carleen Carleigh Carlene Carletta Carley Carli Carlotta Carly Carlyn Carma Carmela Carmelita
    Carmella Carol Carolann Carole Carolee Caroline Carolyn Carolyne Carolynn Carri Carrie Caryl
    Caryn Casandra Casie Cassandra Cassaundra Cassi Cassie Cassondra Catalina Catarina Catharine
    Catherine Cathey Cathi Cathie Cathleen Cathrine Cathryn Cathy Catina Catrina Cayla Caylee
    Cecelia Cecile Cecilia Cecily Celena Celeste Celestine Celia Celina Celine Chana Chanda Chandra
    Chanel Chanell Chanelle Chantal Chante Chantel Chantell Chantelle Charis Charise Charissa
    Charisse Charla Charlee Charleen Charlene Charlette Charline Charlotte Charmaine Charolette
    Chasity Chassidy Chastity Chaya Chelsea Chelsey Chelsi Chelsie Chelsy Cheree Cheri Cherie
    Cherilyn Cherise Cherri Cherrie Cheryl Cheryle Cheryll Cheyanne Cheyenne Chiara China Chiquita
    Chloe Chrissy Christa Christal Christel Christene Christi Christiana Christiane Christianna
    Christie Christina Christine Christy Chrystal Chyanne Chyna Chynna Ciara Ciarra Cicely Ciera
    Cierra Cinda Cindi Cindy Cinthia Claire Clara Clarice Clarisa Clarissa Claudette Claudia
    Claudine Clementine Cleta Coleen Colette Colleen Collette Concetta Connie Constance Consuelo
    Cora Coral Cordelia Coreen Corene Coretta Corina Corine Corinna Corinne Cornelia Corrina Corrine
    Courtnie Crissy Crista Cristal Cristen Cristi Cristie Cristin Cristina Cristine Cristy Cydney
    Cyndi Cynthia Dacia Dahlia Daija Daina Daisha Daisy Dalia Dalila Damaris Danae Danelle Danette
    Dania Danica Daniela Daniella Danielle Danika Danisha Danita Danna Dannette Dannielle Danya
    Danyelle Daphne Dara Darci Darcie Daria Darla Darleen Darlene Darline Dasha Dasia Davida Davina
    Dawna Dawne Dayana Dayanara Dayna Deana Deann Deanna Deanne Deasia Debbi Debbie Debbra Debby
    Debi Debora Deborah Debra Debrah Dedra Deeann Deedee Deedra Deena Deidra Deidre Deirdre Deja
    Dejah Delana Delaney Delanie Delfina Delia Delicia Delilah Delinda Delisa Delois Delora Delores
    Deloris Delphia Delphine Delta Demetra Demetria Demi Dena Denae Deneen Denice Denise Denisha
    Denisse Denita Denna Dennise Deonna Desirae Desiree Dessie Destany Destinee Destiney Destini
    Destinie Detra Devona Devorah Dian Diana Diane Diann Dianna Dianne Dina Dinah Dionna Dionne
    Dixie Dollie Dolly Dolores Domenica Dominga Dona Donita Donna Dora Dorcas Doreen Dorene Doretha
    Doretta Dori Dorinda Dorine Doris Dorotha Dorothea Dorothy Dortha Dorthy Dottie Dovie Dreama
    Drema Drucilla Drusilla Dulce Earlean Earlene Earline Earnestine Eartha Easter Eboni Ebonie
    Ebony Edie Edith Edna Edwina Edythe Effie Eileen Elaina Elaine Elana Elayne Elda Eldora Eleanor
    Eleanora Eleanore Elease Elena Eleni Elexis Eliana Elicia Elida Elinor Elisa Elisabeth Elise
    Elissa Eliza Elizabeth Elizebeth Ella Elle Ellen Ellie Ellyn Elma Elna Elnora Elois Eloisa
    Eloise Elouise Elsa Elsie Elva Elvera Elvia Elvira Elyse Elysia Elyssa Emalee Ember Emelia Emely
    Emerald Emilee Emilia Emilie Emily Emma Emmalee Emmaline Emmie Emmy Emogene Enedina Enid Erica
    Ericka Erika Erin Erinn Erlinda Erma Erna Ernestina Ernestine Eryn Esmeralda Esperanza Essie
    Esta Estefani Estefania Estefany Estela Estella Estelle Ester Esther Estrella Ethel Etta Eugenia
    Eula Eulalia Eunice Eva Evalyn Evangelina Evangeline Evelin Evelina Evelyn Evette Evie Evonne
    Fabiola Fallon Fannie Fanny Farah Farrah Fatima Fawn Faye Felecia Felica Felicia Felicity
    Felisha Fern Fernanda Filomena Fiona Flor Flora Florence Florene Florine Flossie Fonda Frances
    Francesca Franchesca Francine Francisca Freda Freida Frida Frieda Gabriela Gabriella Gabrielle
    Gail Gaye Gayla Gaylene Gaynell Gearldine Gemma Gena Geneva Genevieve Genna Georgeann Georgene
    Georgetta Georgette Georgiana Georgianna Georgina Georgine Geraldine Geralyn Geri Gerri Gertie
    Gertrude Gia Giana Gianna Gigi Gilda Gillian Gina Ginger Ginny Giovanna Gisela Gisele Giselle
    Gisselle Gladys Glenda Glenna Glinda Gloria Glynda Glynis Golda Goldie Gracie Graciela Grecia
    Greta Gretchen Gretta Griselda Gwen Gwenda Gwendolyn Gwyneth Hailee Hailey Hailie Halee Haleigh
    Haley Hali Halie Halle Halley Hallie Hana Hanna Hannah Harmony Harriet Harriett Harriette Hattie
    Haydee Haylee Hayleigh Hayley Haylie Hazel Heather Hedy Heide Heidi Heidy Helen Helena Helene
    Hellen Henrietta Herlinda Herminia Hester Hettie Hilda Hillary Holley Holli Holly Hortencia
    Hortense Ida Idalia Idella Iesha Ila Ilana Ileana Ilene Iliana Ilona Ima Imelda Imogene Ina
    India Inez Inga Ingrid Iola Iona Ione Ireland Irene Iris Irma Isabel Isabela Isabell Isabella
    Isabelle Isela Isha Isis Itzel Iva Ivana Ivette Ivonne Iyana Iyanna Izabella Jacalyn Jaci Jacie
    Jacinda Jacinta Jackeline Jackelyn Jacki Jacklyn Jaclyn Jaclynn Jacqualine Jacquelin Jacqueline
    Jacquelyn Jacquelyne Jacquelynn Jacquline Jacqulyn Jada Jaida Jailene Jaimee Jakayla Jaleesa
    Jalisa Jalissa Jamesha Jami Jamia Jamila Jamya Jana Janae Janay Janaya Jane Janee Janeen Janel
    Janell Janelle Janene Janessa Janet Janeth Janett Janetta Janette Janey Janice Janie Janiece
    Janina Janine Janis Janiya Janiyah Janna Jannet Jannette Jannie Jaquelin Jaqueline Jasmin
    Jasmine Jasmyn Jasmyne Jaunita Jayda Jayla Jaylene Jayna Jayne Jazlyn Jazmin Jazmine Jazmyn
    Jazmyne Jean Jeana Jeane Jeanene Jeanetta Jeanette Jeanie Jeanine Jeanmarie Jeanna Jeanne
    Jeannette Jeannie Jeannine Jena Jenae Jenell Jenelle Jenessa Jeni Jenifer Jeniffer Jenine Jenise
    Jenna Jennette Jenni Jennie Jennifer Jenniffer Jenny Jeraldine Jeri Jerica Jerilyn Jerri Jerrica
    Jesenia Jesica Jessa Jessalyn Jessenia Jessica Jessika Jill Jillian Jimena Joan Joana Joanie
    Joann Joanna Joanne Jocelyn Jocelyne Jocelynn Jodee Jodi Joella Joelle Joellen Joetta Joette
    Johana Johanna Johna Johnetta Johnna Joi Joleen Jolene Jolie Jolynn Jonelle Joni Jonna Jordana
    Josefa Josefina Joseline Joselyn Josephine Josette Josie Joslyn Jovanna Jovita Joyce Joycelyn
    Joye Juana Juanita Judi Judie Judith Judy Julee Juli Julia Juliana Juliane Juliann Julianna
    Julianne Julie Julieann Julienne Juliet Julieta Juliette Julisa Julissa Justina Kaci Kacie Kady
    Kaela Kaelyn Kaia Kaila Kailee Kailey Kailyn Kaitlin Kaitlyn Kaitlynn Kaiya Kala Kalee Kaleigh
    Kaley Kali Kalie Kaliyah Kalli Kallie Kalyn Kalynn Kami Kamilah Kandace Kandi Kandice Kandis
    Kandy Kanisha Kara Karah Karen Karena Kari Karie Karin Karina Karis Karisa Karissa Karla Karlee
    Karleen Karlene Karley Karli Karlie Karly Karma Karmen Karolyn Karren Karri Karrie Karyl Karyn
    Kasandra Kasi Kasie Kassandra Kassidy Kassie Katarina Kate Katelin Katelyn Katelynn Katerina
    Katey Kathaleen Katharine Katherin Katherine Kathern Katheryn Kathi Kathie Kathleen Kathlene
    Kathlyn Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katia Katie Katina Katlin Katlyn Katlynn
    Katrice Katrina Kattie Katy Kay Kayce Kaycee Kaydence Kaye Kayla Kaylah Kaylea Kaylee Kayleen
    Kayleigh Kaylene Kayley Kayli Kaylie Kaylin Kaylyn Kaylynn Kaytlin Kaytlyn Keana Keanna Keara
    Kecia Keeley Keely Keesha Keila Keira Keisha Kelcie Keli Kelle Kellee Kelli Kellie Kellye Kelsea
    Kelsey Kelsi Kelsie Kelsy Kenda Kendra Kendyl Kenia Kenisha Kenna Kennedi Kenyetta Keona Kera
    Keren Keri Kerri Kerrie Kerstin Kesha Keshia Keturah Keyana Keyanna Keyla Keyona Keyonna
    Khadijah Kia Kiana Kianna Kiara Kiarra Kiera Kierra Kiersten Kierstin Kiesha Kimberely Kimberlee
    Kimberley Kimberli Kimberlie Kimberly Kimberlyn Kindra Kira Kirsten Kirstie Kirstin Kisha Kitty
    Kiya Kizzy Korina Krista Kristal Kristel Kristen Kristi Kristie Kristin Kristina Kristine Kristy
    Kristyn Krysta Krystal Krysten Krystin Krystina Krystle Kya Kyla Kylee Kyleigh Kylie Kymberly
    Kyra Lacee Lacey Lachelle Laci Lacie Ladonna Laila Lainey Lakeisha Lakendra Lakesha Lakeshia
    Lakia Lakisha Lana Lanae Lanette Lani Lanie Lanita Laquisha Laquita Lara Larae Laraine Larhonda
    Larisa Larissa Laronda Lashanda Lashawnda Lashay Lashonda Lashunda Latanya Latasha Latavia
    Latesha Latia Laticia Latina Latisha Latonia Latonya Latoria Latosha Latoya Latrice Latricia
    Latrina Laura Lauralee Laureen Laurel Laurene Lauretta Laurette Lauri Laurie Lauryn Lavada
    Laverna Lavina Lavinia Lavonda Lavonne Lawana Lawanda Lawanna Layla Lea Leah Leana Leandra Leann
    Leanna Leanne Leatha Leatrice Leda Leeann Leeanna Leeanne Leesa Leia Leigha Leighann Leila
    Leilani Leisa Lela Lelia Lena Lenora Lenore Leola Leona Leone Leonor Leonora Leora Leota Lesa
    Lesia Leslee Lesli Leslye Leta Letha Leticia Letitia Lettie Letty Lexi Lexie Lexis Lexus Leyla
    Lezlie Lia Liana Liane Lianna Lianne Libby Lida Lidia Lila Lili Lilia Lilian Liliana Lillian
    Lilliana Lillie Lilly Lily Lina Linda Lindsay Lindsey Linette Linnea Linsey Lisa Lisbeth Lise
    Lisette Lisha Lissa Lissette Lita Litzy Livia Liz Liza Lizabeth Lizbeth Lizeth Lizette Lizzie
    Lois Lola Lolita Lona Loni Lonna Lora Loraine Loree Loreen Lorelei Lorena Lorene Loretta Lori
    Loriann Lorie Lorinda Lorine Lorna Lorraine Lorretta Lorri Lorrie Lottie Louann Louella Louisa
    Louise Lourdes Louvenia Luana Luann Luanne Lucero Lucia Luciana Lucie Lucila Lucile Lucille
    Lucinda Lucretia Lucy Luella Luisa Lula Lulu Luna Lupita Lura Luvenia Luz Lydia Lyla Lynda
    Lyndsay Lyndsey Lynelle Lynette Lynne Lynnette Lynsey Mabel Mable Macey Machelle Maci Macie Macy
    Madaline Madalyn Madalynn Maddison Madelaine Madeleine Madeline Madelyn Madelynn Madge Madilyn
    Madisen Madison Madisyn Madonna Madyson Mae Maegan Maeve Magali Magaly Magan Magda Magdalena
    Magdalene Magen Maggie Magnolia Mahogany Mai Maia Maile Maira Makaila Makala Makayla Makena
    Makenna Makenzie Malaysia Maleah Malena Malia Malika Malinda Malisa Malissa Malka Mallorie
    Mallory Malorie Mamie Manda Mandi Mandie Mandy Manuela Mara Maranda Marcela Marcelina Marcella
    Marci Marcia Marcie Marcy Maren Margaret Margarett Margarette Margarita Marge Margery Margie
    Margo Margot Margret Marguerite Mari Maria Mariah Mariam Marian Mariana Mariann Marianna
    Marianne Maribel Maribeth Maricela Maricruz Marie Mariel Mariela Marielle Marietta Marika
    Marilee Marilou Marilyn Marilynn Marina Marisa Marisela Marisol Marissa Marita Maritza Marjorie
    Marjory Markita Marla Marlana Marlee Marleen Marlena Marlene Marlys Marna Marni Marnie Marquetta
    Marquita Marsha Marta Martha Marti Martina Marva Mary Maryam Maryann Maryanne Marybeth Maryellen
    Maryjane Maryjo Marylee Marylin Marylou Marylyn Matilda Mattie Maude Maudie Maura Maureen
    Maurine Mavis Maxine Maya Mayme Mayra Mazie Mckayla Mckenna Meadow Meagan Meaghan Mechelle Meg
    Megan Meggan Meghan Meghann Melaine Melani Melanie Melany Melba Melia Melina Melinda Melisa
    Melissa Mellisa Mellissa Melodee Melodie Melonie Melony Melva Melvina Melynda Meranda Mercedes
    Mercedez Meredith Meri Meridith Merilyn Merissa Merlene Merri Merrie Meta Mia Miah Micaela
    Michaela Michele Michelle Micki Miesha Migdalia Mikaela Mikala Mikayla Mila Milagros Mildred
    Milissa Millicent Millie Mimi Mina Mindi Mindy Minerva Minnie Mira Miranda Mirella Mireya Miriam
    Mirian Mirna Missy Misti Mistie Misty Mittie Mitzi Miya Moira Mollie Molly Mona Monet Monica
    Monika Monique Monserrat Moriah Mozelle Muriel Mya Myah Myesha Myla Myra Myranda Myriam Myrna
    Myrtice Myrtis Myrtle Nada Nadia Nadine Nakisha Nakita Nallely Nan Nanci Nancie Nancy Nanette
    Nannette Nannie Naomi Natalee Natali Natalia Natalie Nataly Natalya Natasha Natashia Nathalia
    Nathalie Nathaly Natosha Nayeli Nedra Neha Nelda Nell Nella Nellie Nelly Nena Nereida Nettie
    Neva Nevaeh Nia Nichelle Nichol Nichole Nicki Nickole Nicole Nicolette Nicolle Nidia Niesha Niki
    Nikki Nikole Nila Nilda Nina Ninfa Nisha Nita Niya Noelia Noelle Noemi Nola Nona Nora Norah
    Noreen Norene Norine Norma Novella Nya Nyah Nyasia Nydia Nyla Octavia Odalys Odessa Ofelia Ola
    Oleta Olga Olivia Oma Ona Opal Ophelia Oralia Ouida Paige Palma Paloma Pam Pamala Pamela Pamelia
    Pamella Pandora Pansy Paola Patrica Patrice Patricia Patsy Patti Pattie Patty Paula Pauletta
    Paulette Paulina Pauline Pearlie Pearline Peggie Peggy Penelope Penni Pennie Perla Petra Phillis
    Philomena Phoebe Phylicia Phylis Phyliss Phyllis Pia Piper Polly Porsha Portia Pricilla Princess
    Priscila Priscilla Priya Qiana Quiana Rachael Racheal Rachel Rachele Rachell Rachelle Racquel
    Rae Raeann Raechel Raegan Raelene Raelyn Raelynn Rafaela Raina Ramona Rana Ranae Randa Randi
    Raquel Rashida Raylene Rayna Reanna Reba Rebbecca Rebeca Rebecca Rebecka Rebeka Rebekah Regena
    Regenia Regina Reina Rena Renae Renata Renea Renee Renita Reta Retha Reva Reyna Rhea Rhianna
    Rhiannon Rhoda Rhonda Ria Rianna Richelle Rina Risa Rita Rivka Roberta Robyn Rochelle Rocio
    Rolanda Romona Rona Ronda Ronna Ronni Rosa Rosalba Rosalee Rosalia Rosalie Rosalina Rosalind
    Rosalinda Rosaline Rosalva Rosalyn Rosana Rosann Rosanna Rosanne Rosaura Roseann Roseanna
    Roseanne Rosella Roselyn Rosemarie Rosemary Rosetta Rosie Rosina Rosio Rosita Roslyn Rowena
    Roxana Roxane Roxann Roxanna Roxanne Roxie Rubi Rubie Ruby Rubye Ruth Rutha Ruthann Ruthanne
    Ruthie Ryanne Ryleigh Sabina Sabra Sabrina Sade Sadie Salena Salina Sallie Sally Salma Samantha
    Samara Samaria Samatha Samira Sana Sandi Sandie Sandra Sanjuana Sanjuanita Santina Sara Sarah
    Sarahi Sarai Sari Sariah Sarina Sarita Sasha Saundra Savana Savanah Savanna Savannah Scarlet
    Scarlett Sebrina Selena Selene Selina Selma Serena Serenity Serina Shaina Shakia Shakira
    Shalonda Shameka Shamika Shana Shanae Shanda Shandra Shaneka Shanel Shanell Shanelle Shani
    Shania Shanice Shanika Shaniqua Shanita Shaniya Shanna Shanta Shante Shantel Shantell Shantelle
    Shaquana Shaquita Shara Sharee Sharen Shari Sharita Sharla Sharleen Sharlene Sharon Sharonda
    Sharron Sharyl Sharyn Shasta Shauna Shaunna Shavonne Shawanda Shawna Shawnda Shawnee Shawnna
    Shayla Shaylee Shayna Sheena Sheila Sheilah Shelba Shelbi Shelbie Shelia Shelley Shelli Shelly
    Shena Sheree Sheri Sherie Sherilyn Sherita Sherlyn Sherri Sherrie Sherry Sherryl Sheryl Shianne
    Shiela Shira Shirlee Shirlene Shirley Shona Shonda Shonna Shoshana Shreya Shyann Shyanne Shyla
    Sienna Siera Sierra Silvia Simona Simone Sindy Siobhan Sirena Skyla Sofia Soledad Somer Sommer
    Sondra Sonia Sonja Sonya Sophia Sophie Soraya Staci Stacia Stacie Starla Starr Stefani Stefanie
    Stefany Steffanie Stella Stephaine Stephani Stephanie Stephany Stephenie Stormie Sueann Suellen
    Sunshine Susan Susana Susann Susanna Susannah Susanne Susie Suzan Suzann Suzanna Suzanne Suzette
    Suzie Suzy Sybil Syble Sydnee Sydney Sydni Sydnie Sylvia Symone Synthia Tabatha Tabetha Tabitha
    Taina Taisha Takisha Talia Talisha Talitha Taliyah Tamala Tamara Tamatha Tameka Tamela Tamera
    Tami Tamia Tamica Tamie Tamika Tamiko Tamisha Tammara Tammi Tammie Tammy Tamra Tana Tanesha
    Tangela Tania Tanika Tanisha Taniya Tanja Tanna Tanya Tara Tarah Tari Tarra Tarsha Taryn Tasha
    Tashia Tasia Tatiana Tatianna Tatyana Tavia Tawana Tawanda Tawanna Tawny Tawnya Taya Tayla Teena
    Tena Tenisha Tennille Tequila Tera Teresa Terese Teresita Teressa Teri Terra Terri Terrie Tess
    Tessa Tessie Thalia Thea Theda Thelma Theodora Theresa Therese Thomasina Thomasine Tia Tiana
    Tianna Tiara Tiarra Tiera Tierney Tierra Tiesha Tiffaney Tiffani Tiffanie Tiffany Tiffiny Tillie
    Tina Tisha Tomasa Tomeka Tomi Tomika Tonda Toni Tonia Tonisha Tonja Tonya Tori Tosha Towanda
    Toya Tracee Traci Tracie Trena Tresa Tressa Tressie Treva Tricia Trina Trish Trisha Trista Trudi
    Trudie Trudy Twana Twila Twyla Tyanna Tyesha Tyla Tyra Ursula Vada Valarie Valencia Valentina
    Valeria Valerie Valery Valorie Vanesa Vanessa Vannessa Veda Velda Velia Velma Velva Venessa
    Venita Venus Vera Verda Vergie Verla Verna Vernetta Vernita Veronica Vesta Vickey Vicki Vickie
    Vicky Victoria Vida Vikki Vilma Vina Viola Violet Violeta Virgie Viridiana Vita Vivian Viviana
    Vivien Vivienne Vonda Wanda Wendi Wendie Wendy Whitley Wilda Wilhelmina Willa Willene Willow
    Wilma Windy Winifred Winnie Winona Wynona Ximena Xiomara Xochitl Yadira Yahaira Yajaira Yanira
    Yareli Yaritza Yasmeen Yasmin Yasmine Yazmin Yesenia Yessenia Yessica Yolanda Yolonda Yoselin
    Yuliana Yulissa Yvette Yvonne Zaida Zainab Zakiya Zandra Zara Zaria Zelda Zella Zelma Zena
    Zenaida Zenobia Zina Zoe Zoey Zoie Zola Zona Zora Zulema
    """.split()
)

MALE = frozenset(
    """
    Aaron Abdul Abdullah Abe Abel Abelardo Abner Abraham Abram Ace Adalberto Adam Adan Aden Adolfo
    Adolph Adolphus Adonis Agustin Ahmad Ahmed Aidan Aiden Ajay Akeem Alain Alan Albert Alberto
    Albin Aldo Alec Alejandro Alek Alessandro Alex Alexander Alexandre Alexandro Alexzander Alfonso
    Alfonzo Alford Alfred Alfredo Allan Allen Alonso Alonza Alonzo Aloysius Alphonse Alphonso Alton
    Alvaro Alvin Amado Amador Amar Ambrose Ameer Amir Amit Ammon Amos Anders Anderson Andre Andreas
    Andres Andrew Andy Angelo Angus Anibal Anselmo Anson Anthoney Anthony Antione Antoine Anton
    Antone Antony Antwan Antwon Archie Aric Arjun Arlan Arlo Arman Armand Armando Armon Armond Arne
    Arnold Arnoldo Arnulfo Aron Arron Arther Arthur Arturo Arvin Asher Augustin Augustus Aurelio
    Auston Axel Barney Baron Barrett Barron Barry Bart Bartholomew Barton Basil Baxter Beau Ben
    Benedict Benito Benjamen Benjamin Benjiman Bennett Benny Benson Benton Bernard Bernardo Bert
    Bertram Bertrand Bilal Billy Blaine Blake Blane Blas Bob Bobby Boris Boyce Boyd Brad Braden
    Bradford Bradlee Bradley Bradly Brady Braeden Braedon Braiden Brandan Branden Brandon Brandt
    Brannon Branson Brant Braulio Braxton Brayan Brayden Braydon Braylon Brendan Brenden Brendon
    Brennen Brennon Brent Brenton Bret Brett Brian Brice Brien Brion Brock Broderick Brodie Brody
    Bronson Bruce Bruno Bryan Bryant Bryce Brycen Bryon Bryson Bud Buford Burke Burl Burt Burton
    Buster Butch Byron Cade Caden Caesar Caiden Cain Cal Cale Caleb Calvin Camilo Camron Carl
    Carleton Carlo Carlos Carlton Carlyle Carmelo Carmine Carter Casimir Casper Ceasar Cecil Cedric
    Cedrick Cesar Chad Chadd Chadrick Chadwick Chaim Charles Charlton Chaz Chester Chet Christ
    Christofer Christoper Christophe Christopher Christos Chuck Clarance Clarence Clark Claud Claude
    Claudio Clay Clayton Clem Clement Clemente Cleon Cletus Cleve Cleveland Clifford Clifton Clint
    Clinton Clyde Codey Cody Cole Coleman Colin Collin Collins Colt Colten Colter Colton Columbus
    Conley Conner Connor Conor Conrad Constantine Cooper Corbin Cordell Corey Cornelius Cornell
    Cortez Corwin Cory Coy Craig Crawford Creighton Cristian Cristobal Cristopher Cullen Curtis
    Curtiss Cyril Cyrus Dajuan Dallin Dalton Damarcus Dameon Damian Damien Damion Damon Dan Dandre
    Dane Dangelo Danial Daniel Danny Dante Daquan Darell Daren Darin Dario Darius Darold Daron
    Darrel Darrell Darren Darrick Darrin Darrion Darrius Darron Darryl Darvin Darwin Dave Davey
    David Davin Davion Davis Davon Davonte Davy Dawson Dax Dayton Deandre Deangelo Deante Deanthony
    Declan Dedrick Deion Dejon Dejuan Delano Delbert Delmar Delmer Delton Delvin Demarco Demarcus
    Demario Demetrio Demetrios Demond Dempsey Denis Dennis Denny Denton Denzel Denzil Deondre Deonta
    Deontae Deonte Dequan Derald Dereck Derek Deric Derick Derik Deron Derrek Derrell Derrick Derwin
    Desean Desmond Devante Devonta Devonte Dewayne Dewey Dewitt Dexter Dillan Dillard Dillion Dillon
    Dimitri Dino Dionte Dirk Dock Domenic Domenick Domenico Domingo Dominic Dominick Dominik Domonic
    Donal Donald Donato Donavan Donavon Donn Donny Donovan Donta Dontae Donte Doran Doug Douglas
    Douglass Doyle Drake Duane Dudley Duke Duncan Durwood Dustin Dustyn Duwayne Dwain Dwaine Dwane
    Dwayne Dwight Dylan Dylon Eamon Ean Earl Earle Easton Edd Eddy Edgar Edgardo Edison Edmond
    Edmund Edmundo Edsel Edson Eduardo Edward Edwardo Edwin Efrain Efren Elbert Elden Eldon Eldred
    Eldridge Eleazar Elgin Eli Elias Eliezer Elijah Eliot Eliseo Elliot Elliott Ellis Ellsworth
    Elmer Elmo Elmore Eloy Elroy Elton Elvin Elvis Elwin Elwood Elwyn Emanuel Emil Emiliano Emilio
    Emmanuel Emmet Emmett Emmitt Enoch Enos Enrico Enrique Ephraim Erasmo Eriberto Eric Erich Erick
    Erik Ernest Ernesto Ernie Errol Ervin Erwin Esequiel Esteban Estevan Ethan Eugene Eugenio
    Eusebio Evan Evans Everardo Everett Everette Ezekiel Ezequiel Ezra Fabian Faron Faustino Fausto
    Federico Felipe Felix Felton Ferdinand Fermin Fernando Fidel Filiberto Finn Flavio Fletcher
    Florencio Florentino Floyd Ford Forest Forrest Francesco Franco Frank Franklin Franklyn Franky
    Fransisco Franz Fred Freddy Frederic Frederick Fredric Fredrick Fredy Freeman Fritz Gabe Gabriel
    Gaetano Gage Galen Gannon Gareth Garett Garfield Garland Garold Garret Garrett Garrick Garrison
    Garry Garth Gary Gaston Gaven Gavin Gaylord Gearld Geary Genaro Geno Geoffrey George Gerald
    Geraldo Gerard Gerardo German Gerold Geronimo Gerson Giancarlo Gideon Gil Gilbert Gilberto Giles
    Gino Giovani Giovanni Giovanny Giuseppe Glen Glendon Glenn Godfrey Gonzalo Gordon Gorge Grady
    Graham Granville Greg Gregg Greggory Gregorio Gregory Greyson Griffin Grover Guillermo Gunnar
    Gunner Gus Gustave Gustavo Haden Hakeem Hal Hamilton Hampton Hamza Hank Hans Hardy Harlan
    Harland Harmon Harold Harrell Harris Harrison Harry Harvey Hasan Haskell Hassan Hayes Hayward
    Haywood Heath Hector Henderson Henry Herbert Heriberto Herman Hermon Hernan Herschel Hershel
    Hezekiah Hilario Hilton Hiram Hobert Holden Homer Homero Horace Horacio Hosea Howard Howell Hoyt
    Hubert Hudson Huey Hugh Hugo Humberto Ian Ibrahim Ignacio Ike Immanuel Irvin Irving Irwin Isaac
    Isadore Isai Isaiah Isaias Ishmael Isiah Isidro Ismael Israel Isreal Issac Ivan Izaiah Jabari
    Jace Jacinto Jack Jackson Jacob Jacoby Jacques Jadon Jaheim Jair Jairo Jake Jakob Jaleel Jalen
    Jamaal Jamal Jamar Jamarcus Jameel Jamel James Jameson Jamil Jamon Jaquan Jarad Jared Jaret
    Jarett Jarod Jaron Jarrell Jarret Jarrett Jarrod Jarvis Jase Jasen Jason Jasper Javan Javier
    Javonte Jaxon Jaxson Jay Jaydon Jaylon Jayson Jeb Jed Jedediah Jedidiah Jeff Jefferey Jefferson
    Jeffery Jeffrey Jeffry Jennings Jerad Jerald Jeramiah Jeramie Jeramy Jered Jerel Jereme Jeremey
    Jeremiah Jeremie Jeremy Jerimiah Jermaine Jermey Jerod Jerold Jerome Jeromy Jerrel Jerrell
    Jerrod Jerrold Jerry Jess Jesse Jesus Jett Jevon Jim Jimmy Joaquin Joe Joel Joeseph Joesph Johan
    John Johnathan Johnathon Johnny Johnpaul Johnson Johny Jon Jonah Jonas Jonatan Jonathan Jonathon
    Jordy Jorge Josef Joseluis Joseph Josh Joshua Joshuah Josiah Josue Jovani Jovanny Jovany Juan
    Juancarlos Judah Judd Judson Julian Julien Julio Julius Junius Justen Justin Juston Justyn Juwan
    Kade Kadeem Kaden Kadin Kahlil Kale Kaleb Kalvin Kane Kareem Karim Karl Keenan Keith Kelton
    Kelvin Ken Kenan Kendrick Kennard Kenneth Kenney Kennith Kenny Kent Kenton Kentrell Kenyon Keon
    Kermit Kerwin Kevan Keven Kevin Kevon Keyon Keyshawn Khalid Khalil Kian Kiel Kieth Kip Kirk Kirt
    Kobe Koby Kody Kole Kolton Konner Konrad Korbin Kraig Kristofer Kristoffer Kristopher Kurt
    Kurtis Kwame Kyle Ladarius Lafayette Lamar Lamarcus Lamarr Lambert Lamont Lamonte Lance Landen
    Landon Lanny Laron Larry Lars Laurence Lawerence Lawrance Lawrence Lawson Layton Lazaro Leander
    Leandro Leeroy Leif Leland Lemuel Len Lenard Lenny Leo Leon Leonard Leonardo Leonel Leopoldo
    Leroy Les Lester Levi Lewis Lex Liam Lincoln Lino Linus Linwood Lionel Lloyd Lon Lonny Lonzo
    Lorenzo Lorne Louie Louis Lowell Loyd Luca Lucas Lucian Luciano Lucien Lucio Lucious Lucius
    Luigi Luis Luiz Lukas Luke Luther Lyle Lyman Lyndon Lynwood Mac Mack Mahlon Malachi Malcolm
    Malcom Malik Manny Manuel Marc Marcelino Marcello Marcellus Marcelo Marco Marcos Marcus
    Margarito Mariano Mario Markel Marko Markus Marlon Marques Marquez Marquis Marquise Marshall
    Martell Martez Martin Marvin Mason Mateo Mathew Mathias Matias Matt Matteo Matthew Matthias
    Maurice Mauricio Mauro Maximilian Maximiliano Maximillian Maximo Maximus Maxwell Maynard
    Mcarthur Mekhi Melton Melvin Melvyn Menachem Merlin Merton Mervin Michael Micheal Miguel
    Miguelangel Mike Mikeal Milford Millard Milo Milton Misael Mitch Mitchel Mitchell Modesto
    Mohamad Mohamed Mohammad Mohammed Moises Monroe Monte Montgomery Montrell Monty Mordechai Morris
    Morton Mose Moses Moshe Muhammad Murray Murry Mustafa Myles Myron Napoleon Nash Nasir Nathan
    Nathanael Nathanial Nathaniel Nathen Neal Ned Nehemiah Neil Nels Nelson Nestor Nevin Newell
    Newton Nicholas Nicholaus Nick Nicklaus Nickolas Nicolas Nigel Nikhil Nikolai Nikolas Nikolaus
    Niles Nils Noah Noe Nolan Norbert Norberto Norman Normand Norris Norwood Obed Obie Octavio
    Octavius Odis Olen Olin Oliver Omar Omari Omarion Omer Oneal Oran Oren Orin Orion Orlando Orrin
    Orval Orville Osbaldo Oscar Osvaldo Oswald Oswaldo Otis Ottis Otto Owen Pablo Paolo Pascual
    Pasquale Patric Patricio Patrick Paul Paulo Pedro Percy Perry Pete Peter Phil Philip Philippe
    Phillip Pierce Pierre Porfirio Prentice Prentiss Preston Quentin Quenton Quinten Quintin Quinton
    Rafael Raheem Rahul Ralph Ramiro Ramon Rance Rand Randal Randall Randel Randell Randle Randolph
    Randy Ransom Raoul Raphael Rashaad Rashad Rasheed Raul Ravi Ray Rayburn Rayford Raymon Raymond
    Raymundo Raynard Reed Reggie Reginal Reginald Reid Reinaldo Renaldo Renard Renato Reno Reuben
    Rex Rey Reymundo Reynaldo Reynold Rhett Ricardo Richard Richmond Rick Rickey Ricky Rico
    Rigoberto Ritchie Rob Robb Robby Robert Roberto Rocco Roddy Roderic Roderick Rodger Rodney
    Rodolfo Rodrick Rodrigo Roel Rogelio Roger Rogers Rohan Rojelio Roland Rolando Rolf Rolland
    Rollie Rollin Roman Romeo Ron Ronald Ronaldo Rondell Ronnie Ronny Roosevelt Roscoe Rosendo
    Rosevelt Ross Rowland Roy Ruben Rubin Rudolf Rudolfo Rudolph Rudy Rueben Rufus Rupert Russ
    Russel Russell Rustin Rusty Ryan Ryder Ryland Ryne Sal Salomon Salvatore Sam Samir Sammy Sampson
    Samson Samual Samuel Sanford Santiago Santino Santo Saul Savion Scot Scott Scotty Seamus Sean
    Sebastian Sedrick Sergio Seth Seymour Shad Shane Sharif Shaun Shedrick Sheldon Shelton Sherman
    Sherwin Sherwood Shlomo Shmuel Silas Simeon Simon Slade Smith Solomon Sonny Spencer Stafford
    Stan Stanford Stanley Stanton Stefan Stephan Stephen Stephon Stetson Stevan Steve Steven Stewart
    Stoney Stuart Syed Sylvester Tad Talmadge Tanner Tarik Tariq Tavares Tavon Ted Teddy Teodoro
    Terance Terell Terence Terrance Terrel Terrell Terrence Tevin Thad Thaddeus Theadore Theodis
    Theodore Theron Thomas Thor Thurman Thurston Tillman Tim Timmothy Timmy Timothy Tito Titus
    Tobias Tobin Tod Todd Tom Tomas Tommy Toney Tony Torin Torrence Trae Travis Travon Tre Tremayne
    Trent Trenton Trever Trevin Trevon Trevor Trey Triston Troy Truman Tucker Turner Tyler Tyquan
    Tyrel Tyrell Tyrese Tyron Tyrone Tyrus Tyshawn Tyson Ulises Ulysses Uriel Valentin Valentino
    Vance Vaughn Vern Vernon Vicente Vidal Vince Vincent Vincente Vincenzo Vinson Virgil Vito
    Vladimir Wade Waldo Walker Wallace Wally Walter Walton Wardell Warner Warren Wayland Waylon
    Wayman Waymon Wayne Webster Weldon Wendall Wendell Werner Wes Wesley Westley Weston Wilber
    Wilbert Wilbur Wilburn Wiley Wilford Wilfred Wilfredo Willam Willard William Williams Willian
    Willis Wilmer Wilson Wilton Windell Winfield Winford Winfred Winston Woodrow Woody Wyatt Wylie
    Wyman Xander Xavier Xzavier Yaakov Yahir Yehuda Yisroel Yitzchok Yosef Yusuf Zachariah Zachary
    Zachery Zack Zackary Zackery Zain Zakary Zander Zane Zechariah Zeke
    """.split()
)

EITHER = frozenset(
    """
    Addison Adell Adrain Adrian Adriel Adrien Afton Akira Alden Alexi Alexis Alexys Ali Alijah Alix
    Alize Allie Allyn Alva Alvie Alvis Amani Amari Andi Andra Andree Angel Antonia Ara Ardell Arden
    Ardis Ari Aria Arian Arie Ariel Arin Arlen Arley Arlie Arlin Arlis Arlyn Armani Artie Artis Aryn
    Asa Ashanti Ashton Ashtyn Aspen Aubrey Aubry Audie Audry Augusta Augustine Austen Austyn Avery
    Avis Ayden Bailey Barrie Bennie Bentley Bernie Bertie Beryl Bethel Billie Blair Blaise Blayne
    Bobbie Brandin Brandyn Brantley Brennan Britt Britton Brook Brooks Bryn Burnell Cadence Caley
    Camden Cameron Campbell Camren Camryn Carey Carlie Carlin Carman Carmel Carmen Carmon Carnell
    Caron Carrington Carrol Carroll Carson Cary Casey Cassidy Cayden Chandler Channing Charley
    Charlie Chauncey Che Cherokee Chesley Chris Christan Christen Christian Christin Clair Clare
    Clarke Claudie Cleo Clovis Coby Codi Codie Colby Concepcion Cori Corie Corin Corliss Corrie
    Corry Cortney Coty Courtland Courtney Cris Cruz Curley Dakoda Dakotah Dale Dana Dani Daniele
    Daniell Dann Dannie Danniel Danyel Danyell Darby Darcy Darian Darien Darion Darnell Darrian
    Darrien Daryl Daryle Daryn Dashawn Davie Dayle Dayne Deandra Deandrea Deane Dee Del Delaine Dell
    Delma Demetri Demetric Demetrice Demetris Demetrius Dennie Deon Deshaun Deshawn Deshon Desi
    Destin Devan Deven Devin Devlin Devon Devyn Diamond Dickie Dion Dione Dominique Dominque
    Domonique Donell Donnell Donnie Donya Dorian Dorris Dorsey Draven Dru Dusty Dwan Dyllan Earlie
    Eddie Eden Elan Elba Elia Elisha Ellery Ellison Ely Elzie Emani Emerson Emery Emile Emory Ennis
    Erie Evin Evon Ezell Farrell Farris Fay Felice Finley Floy Fran Francis Frankie Freddie Gabriele
    Gael Gale Garnet Garnett Gayle Gaylen Gaylon Gentry Georgie Germaine Gerry Gianni Glennis Glynn
    Grayson Guadalupe Gussie Gwyn Hadley Harlee Harley Harlie Harper Hayden Henri Hilary Holland
    Hollie Hollis Hunter Iman Imani Ines Ira Ivey Ivy Jacey Jackie Jacky Jacque Jacy Jade Jaden
    Jadyn Jaeden Jael Jaelyn Jai Jaiden Jaidyn Jailyn Jaime Jaimie Jalyn Jalynn Jamari Jame Jamee
    Jamey Jamie Jamin Jamison Jammie Jann Jaren Javon Jayce Jaycee Jayde Jayden Jaye Jaylan Jaylen
    Jaylin Jaylyn Jaylynn Jayme Jaymie Jelani Jene Jensen Jere Jerrie Jessi Jessie Jessy Jewel
    Jewell Jimmie Jodie Jody Joey Johann Johnie Johnnie Joie Jonell Jonnie Jonny Jordan Jorden
    Jordin Jordon Jordyn Jory Josey Jourdan Jovan Jovanni Jovon Jude Jules Jullian Justine Justus
    Kacey Kacy Kadence Kaelin Kai Kaiden Kalani Kalen Kalin Kamari Kameron Kamron Kamryn Karan Karey
    Karol Karon Karson Kary Kasey Kaya Kayden Kaylan Kayle Kaylen Keagan Keanu Keaton Keegan Keena
    Kegan Kelby Kelcey Kellen Kelley Kelly Kendal Kendall Kendell Kennedy Kenya Kenyatta Kenzie
    Kerry Keshawn Khari Kiah Kieran Kiley Killian Kim Kimber Kinsey Kiran Kirby Kodi Kolby Korey
    Kori Kortney Kory Kourtney Kris Krishna Kristan Kristian Kylan Kyler Kyree Lacy Laine Laken
    Landry Lanell Laney Lannie Laquan Larue Lashawn Lashon Latrell Lavell Lavelle Lavern Laverne
    Lavon Layne Lee Leigh Leighton Lennie Lesley Leslie Lesly Lessie Levern Levon Lindell Linden
    Lindy Linn Linnie Llewellyn Logan London Lonnie Loran Loren Lorenza Lorin Lory Lou Lovell Lovie
    Loy Loyce Lue Lupe Lyn Lyndell Lynell Lynn Lyric Mackenzie Maddox Marcel Marcell Marcelle Marin
    Marion Markell Marlen Marley Marlin Marlo Marlyn Marquel Martine Marty Marvel Marvis Matilde
    Maury Maxie Mckenzie Mckinley Mel Mendy Merle Merlyn Merrick Merrill Merritt Meryl Mica Micah
    Michal Michale Michel Michell Mickey Mickie Micky Mika Mikael Mikal Mikel Milan Miller Misha
    Montez Morgan Murphy Mykel Najee Nakia Nana Nate Natividad Nickie Nicky Nico Nicola Nikia Nikita
    Niko Nile Noel Noor Nova Ocie Odell Ollie Ora Ossie Otha Ozzie Palmer Paris Parker Parris
    Parrish Pat Paxton Payton Pernell Peyton Pilar Presley Quincy Quinn Raleigh Ramsey Randee
    Rashaun Rashawn Raven Raye Rayne Rayshawn Reagan Reece Reese Refugio Regan Regis Reilly Remi
    Remington Remy Rene Reyes Rhys Rian Richie Ricki Rickie Rikki Riley Robbie Robbin Robin Roma
    Romaine Roni Ronnell Rory Rosario Rowan Royce Ryann Rylan Rylee Ryley Rylie Sage Saige Salome
    Sami Sammie Sandy Santana Santos Sawyer Schuyler Scottie Semaj Seneca Sequoia Shae Shamar Shan
    Shannan Shannon Shanon Shaquan Shaquille Shavon Shawn Shay Shaye Shayne Shea Shelby Shellie
    Sheridan Sheron Sherrell Sherrill Sherron Shilo Shiloh Shon Sidney Skye Skylar Skyler Sloan
    Sloane Socorro Sol Soren Spenser Stacey Stacy Stevie Stormy Sullivan Tai Taj Talon Tamar Tate
    Tatum Tayler Taylor Teagan Teddie Tegan Terrill Terry Theo Timmie Tobey Tobi Toby Tommie Tonie
    Torey Torie Torrance Torrey Torri Torrie Tory Tracey Tracy Tremaine Trinidad Trinity Tristan
    Tristen Tristian Tristin Trystan Tye Tylar Tylor Tyree Uriah Val Valentine Verdell Verlin Verne
    Vernell Vernice Vernie Vonnie Waverly Whitney Willia Willie Yael Yancy Yuri Zaire Zion
    """.split()
)
