"""Personal names by naming culture, and how news copy shortens them on second mention.

Pools are space separated; an underscore stands for a space inside one name ("da_Silva").
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False  # "Xi Jinping", "Nguyen Van An"
    short: str = "family"  # second-mention form: "family", "given" or "full"
    middle: tuple[str, ...] = ()  # inserted between given and family names when a name is taken


# Surnames of the best-known real leaders are kept out of the pools, so that no synthetic person
# is easily mistaken for a real one by an extractor with a gazetteer.
_RESERVED_FAMILY = frozenset(
    [
        "Putin",
        "Lavrov",
        "Medvedev",
        "Xi",
        "Modi",
        "Erdoğan",
        "Zelensky",
        "Netanyahu",
        "Scholz",
        "Merz",
        "Meloni",
        "Starmer",
        "Trudeau",
        "Carney",
        "Lula",
        "Kishida",
        "Ishiba",
        "Orbán",
        "Lukashenko",
        "Tokayev",
        "Mirziyoyev",
        "Ramaphosa",
        "Ruto",
        "Kagame",
        "Museveni",
        "el-Sisi",
        "Tebboune",
        "Pashinyan",
        "Aliyev",
        "Macron",
        "Rutte",
        "Albanese",
        "Marcos",
        "Duterte",
        "Widodo",
        "Subianto",
        "Yoon",
        "Moon",
        "Milei",
        "Sheinbaum",
        "Boric",
        "Petro",
        "Pezeshkian",
        "Raisi",
        "Khamenei",
        "Kim",
        "Tinubu",
        "Mitsotakis",
        "Tusk",
        "Duda",
        "Vučić",
        "Fico",
        "Stoltenberg",
        "Kallas",
        "Sánchez",
        "Shinawatra",
        "Manet",
        "Hun",
        "Mnangagwa",
        "Akufo-Addo",
        "Weah",
        "Bukele",
        "Noboa",
        "Zardari",
        "Gandhi",
        "Biden",
        "Trump",
        "Poroshenko",
        "Nazarbayev",
        "Rouhani",
        "Abe",
        "Kenyatta",
        "Zuma",
        "Mbeki",
        "Obasanjo",
        "Buhari",
        "Sisi",
    ]
)


def _pool(text: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in text.split())


def _combine(first: str, second: str, joiner: str = "") -> str:
    """Given names built from syllables ("Jin" + "ping"), written as a pool string."""
    return " ".join(f"{a}{joiner}{b}" for a in first.split() for b in second.split())


def _culture(male: str, female: str, family: str, **kw) -> Culture:
    kw = {k: _pool(v) if k == "middle" else v for k, v in kw.items()}
    families = tuple(f for f in _pool(family) if f not in _RESERVED_FAMILY)
    return Culture(_pool(male), _pool(female), families, **kw)


CULTURES: dict[str, Culture] = {
    "en": _culture(
        "James John Robert Michael David Richard Thomas Mark Anthony Kevin Brian Andrew Paul "
        "Stephen Jonathan Peter Christopher Douglas Malcolm Gordon Keith Scott Patrick Daniel",
        "Mary Elizabeth Jennifer Catherine Sarah Helen Karen Margaret Penelope Jacinda Julia "
        "Theresa Melanie Chrystia Rachel Hillary Samantha Harriet Fiona",
        "Smith Johnson Williams Brown Taylor Wilson Anderson Thompson Harris Clarke Lewis Walker "
        "Hall Allen Wright Hughes Edwards Bennett Morrison Turnbull Ardern Carney Trudeau Starmer "
        "Lammy Cleverly Sullivan Kerry Rudd Gillard Wong Marles Hipkins Peters Coveney Martin "
        "Harris Donohoe Ferguson Whitmore Ashford Caldwell Prescott Langley Hargreaves Pemberton",
        middle="J. A. R. W. H. E. L.",
    ),
    "car": _culture(
        "Andrew Keith Gaston Philip Roosevelt Ralph Terrance Dickon Irfaan Chester Ian "
        "Perry Wavel Ronald Dean Everton Garfield Desmond",
        "Mia Kamla Portia Janet Sandra Marlene Dorothy Gail Cynthia Shirley",
        "Holness Mottley Browne Gonsalves Skerrit Mitchell Davis Pierre Drew Harris Ali Persad "
        "Rowley Chastanet Christie Minnis Brathwaite Charles Haynes Bourne Simmons Greenidge "
        "Joseph Francis Baptiste Hamilton Edwards Braithwaite Allamby Gittens Lashley Rolle",
    ),
    "es": _culture(
        "José Luis Carlos Juan Pedro Javier Alberto Andrés Gustavo Gabriel Alejandro Fernando "
        "Miguel Rafael Santiago Diego Sebastián Nicolás Mauricio Ricardo Enrique Marcelo Álvaro "
        "Rodrigo Felipe Ernesto",
        "María Ana Claudia Laura Xiomara Dina Carmen Isabel Lucía Verónica Cristina Patricia "
        "Gabriela Alicia Beatriz Elena Rosa Marta",
        "García Martínez López Sánchez Pérez González Rodríguez Fernández Gómez Díaz Ramírez "
        "Torres Flores Rivera Castro Ortega Morales Herrera Medina Vargas Romero Navarro Arce "
        "Petro Boric Milei Sheinbaum Albares Cabello Lacalle Orsi Noboa Bukele Arévalo Peña "
        "Mujica Cartes Chávez Mendoza Paredes Salazar Quintero Villanueva Cárdenas Echeverría",
        short="family",
    ),
    "pt": _culture(
        "João Luiz Paulo Carlos Marcelo António Manuel Rui Jorge Fernando Mauro Celso Augusto "
        "Filipe Nuno Pedro Ricardo Sérgio Teodoro Daniel José Francisco",
        "Maria Ana Dilma Marina Isabel Graça Luísa Teresa Beatriz Helena Carla",
        "Silva Santos Oliveira Souza Costa Pereira Ferreira Rodrigues Almeida Carvalho Gomes "
        "Lourenço Vieira Rangel Amorim Rebelo Montenegro Nyusi Chapo Neves Lula Cardoso Barros "
        "Tavares Pinto Moreira Cunha Lopes Mendes Ramos Fonseca Correia da_Silva dos_Santos "
        "de_Sousa da_Costa Embaló Horta Gusmão",
    ),
    "fr": _culture(
        "Emmanuel Jean-Yves Jean-Noël Laurent François Nicolas Gabriel Sébastien Bruno Stéphane "
        "Olivier Thierry Dominique Xavier Gérald Édouard Pierre Luc Antoine Yves",
        "Catherine Élisabeth Marine Ségolène Anne Sophie Valérie Christine Florence Nathalie "
        "Claire Brigitte Aurore Chantal",
        "Martin Bernard Dubois Durand Lefebvre Moreau Laurent Girard Lambert Fontaine Rousseau "
        "Bertrand Morel Garnier Faure Mercier Blanc Guérin Boyer Chevalier Barrot Séjourné "
        "Colonna Attal Borne Le_Drian Bayrou Lecornu Vautrin Roussel Delmas Marchand Perrin",
    ),
    "frafr": _culture(
        "Macky Bassirou Alassane Mahamat Félix Denis Paul Faustin Patrice Ibrahim Assimi Ousmane "
        "Abdoulaye Mamadi Moussa Seydou Boubacar Christophe Evariste Roch Yaya Jean-Claude Aliou",
        "Aminata Rose Judith Fatoumata Mariam Awa Clotilde Sylvie Victoire Nafissatou",
        "Sall Faye Ouattara Déby Tshisekedi Sassou Touadéra Talon Traoré Goïta Doumbouya Diop "
        "Kaboré Bazoum Tiani Gnassingbé Biya Oligui Ndiaye Diallo Camara Keïta Koné Coulibaly "
        "Bamba Sonko Mbow Nguesso Kamara Sanogo Konaté Tounkara Ndong Mba Essono Ngoua Sangaré",
    ),
    "de": _culture(
        "Olaf Friedrich Frank-Walter Karl Alexander Christian Robert Markus Boris Lars Johann "
        "Wolfgang Heinrich Matthias Stefan Jürgen Ignazio Guy Andreas Thomas",
        "Angela Annalena Ursula Nancy Svenja Karin Beate Christine Katharina Johanna",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
        "Klein Wolf Schröder Neumann Zimmermann Krüger Hartmann Lange Scholz Merz Wadephul "
        "Baerbock Steinmeier Pistorius Habeck Nehammer Schallenberg Stocker Van_der_Bellen "
        "Cassis Keller-Sutter Amherd Parmelin Baumann Brandt Engel Vogel Seidel",
    ),
    "nl": _culture(
        "Mark Dick Wopke Hendrik Pieter Willem Jan Maarten Bart Alexander Caspar Ruben Sander "
        "Jeroen Koen Bram Stef Hugo Frans",
        "Sigrid Hanke Kajsa Anouk Femke Marieke Ingrid Lotte Ellen",
        "Rutte Schoof Hoekstra Veldkamp de_Vries Jansen van_Dijk Bakker Visser Smit Meijer "
        "de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit "
        "Dijkstra van_den_Berg De_Croo De_Wever Prévot Michel Verhofstadt Peeters Claes Maes",
    ),
    "nord": _culture(
        "Ulf Lars Jonas Jens Espen Anders Magnus Bjarni Stefan Erik Mikael Olof Kristian Lars-Erik "
        "Gunnar Henrik Tobias Morten Sigurd",
        "Mette Magdalena Erna Ann Linde Maria Kristrun Thordis Sanna Ingrid Karin Astrid Helle",
        "Kristersson Andersson Stoltenberg Støre Eide Frederiksen Rasmussen Løkke Benediktsson "
        "Frostadóttir Gylfadóttir Johansson Karlsson Nilsson Larsen Hansen Pedersen Nielsen "
        "Jensen Olsen Berg Lindqvist Holm Dahl Strand Solberg Halvorsen Lund Eriksen Bakke",
    ),
    "fi": _culture(
        "Sauli Alexander Petteri Pekka Antti Juha Mika Jussi Ville Timo Heikki Matti",
        "Sanna Elina Anni Riikka Tarja Maria Johanna",
        "Niinistö Stubb Orpo Haavisto Valtonen Marin Rinne Virtanen Korhonen Mäkinen Nieminen "
        "Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salminen Heinonen Tuominen",
    ),
    "balt": _culture(
        "Gitanas Alar Edgars Kaja Margus Gabrielius Egils Krišjānis Urmas Kristen Tõnis Arvydas "
        "Valdis Edgars Linas Andrius Jüri Kęstutis",
        "Kaja Ingrida Dalia Kersti Evika Agnė Baiba Kristina",
        "Nausėda Karis Rinkēvičs Tsahkna Landsbergis Kallas Michal Siliņa Budrys Kariņš "
        "Šimonytė Paluckas Braže Reinsalu Ratas Kazlauskas Petrauskas Ozoliņš Bērziņš Tamm Saar "
        "Sepp Kask Kukk Rebane Jankauskas Vaitkus",
    ),
    "it": _culture(
        "Sergio Giorgia Antonio Matteo Guido Carlo Mario Giuseppe Paolo Luigi Roberto Enrico "
        "Alessandro Francesco Marco Giancarlo Adolfo Robert",
        "Giorgia Elly Maria Laura Federica Anna Francesca Paola",
        "Mattarella Meloni Tajani Crosetto Salvini Draghi Conte Renzi Letta Rossi Russo Ferrari "
        "Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Costa "
        "Giordano Rizzo Lombardi Moretti Abela Borg Camilleri Farrugia Galea",
    ),
    "el": _culture(
        "Kyriakos Nikos Georgios Giorgos Dimitris Konstantinos Alexis Nikos Christos Yiannis "
        "Andreas Panagiotis Stefanos",
        "Katerina Dora Maria Eleni Sofia Anna",
        "Mitsotakis Gerapetritis Dendias Tsipras Tasoulas Papadopoulos Christodoulides "
        "Kombos Anastasiades Sakellaropoulou Papandreou Karamanlis Georgiou Nikolaidis "
        "Konstantinou Dimitriou Vlachos Angelopoulos Theodorou Pappas",
    ),
    "ru": _culture(
        "Vladimir Sergey Dmitry Alexander Mikhail Yury Nikolai Andrei Anton Maxim Denis Alexei "
        "Viktor Igor Oleg Valery Grigory Konstantin Pavel Boris Alexander Kirill",
        "Maria Valentina Tatyana Elvira Yelena Olga Natalia Irina Svetlana Anna",
        "Putin Lavrov Medvedev Mishustin Peskov Zakharova Ushakov Lukashenko Ryzhenkov "
        "Golovchenko Shoigu Belousov Nebenzya Ryabkov Rudenko Galuzin Denisov Antonov Kozak "
        "Volodin Matviyenko Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Morozov Novikov "
        "Volkov Pavlov Orlov Fedorov Zaitsev Belov Tikhonov Gromov Korolev Vinogradov",
    ),
    "uk": _culture(
        "Volodymyr Andriy Dmytro Denys Oleksandr Rustem Petro Vitali Mykola Serhiy Yuriy Oleh "
        "Taras Bohdan Ihor Kyrylo Mykhailo Vadym",
        "Yulia Iryna Olena Oksana Kateryna Svitlana Olha",
        "Zelensky Yermak Kuleba Sybiha Shmyhal Svyrydenko Umerov Reznikov Poroshenko Klitschko "
        "Stefanchuk Budanov Podolyak Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko "
        "Oliynyk Melnyk Marchenko Lysenko Rudenko Savchenko Petrenko Boyko Moroz Pavlenko",
    ),
    "pl": _culture(
        "Andrzej Donald Radosław Władysław Mateusz Zbigniew Jarosław Krzysztof Piotr Tomasz "
        "Paweł Marcin Karol Wojciech Szymon",
        "Beata Ewa Małgorzata Katarzyna Agnieszka Joanna Barbara",
        "Duda Tusk Sikorski Kosiniak-Kamysz Morawiecki Rau Nawrocki Kaczyński Nowak Kowalski "
        "Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski",
    ),
    "cs": _culture(
        "Petr Jan Andrej Robert Miroslav Juraj Martin Tomáš Peter Milan Pavel Vladimír Ivan "
        "Michal Jakub Lukáš",
        "Zuzana Věra Jana Lucia Markéta Ivana",
        "Pavel Fiala Babiš Lipavský Fico Pellegrini Blanár Čaputová Zeman Macinka Novák "
        "Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Kováč Varga Tóth Nagy "
        "Baláž Hudák Šimko",
    ),
    "sh": _culture(
        "Aleksandar Ivica Andrej Zoran Milorad Milo Dragan Nikola Goran Marko Miloš Gordan "
        "Stevo Hristijan Rumen Denis Nebojša Vojislav Tomislav Damir",
        "Ana Željka Gordana Tanja Kolinda Marija Borjana Jadranka Natasa",
        "Vučić Dačić Đurić Plenković Milanović Grlić Radman Dodik Konaković Izetbegović "
        "Milatović Đukanović Spajić Mickoski Siljanovska Radev Zhelyazkov Georgiev Golob "
        "Pirc_Musar Fajon Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić "
        "Stanković Pavlović Kovačević Babić Horvat Kovačić Dimitrov Ivanov Petkov",
    ),
    "ro": _culture(
        "Klaus Nicușor Marcel Ion Bogdan Victor Dorin Igor Emil Vlad Dan Mihai Sorin Cristian "
        "Andrei Radu Adrian Florin",
        "Maia Natalia Oana Ramona Corina Ana Elena",
        "Iohannis Dan Ciolacu Bolojan Aurescu Sandu Recean Munteanu Popescu Ionescu Popa Stan "
        "Dumitru Stoica Gheorghe Matei Rusu Munteanu Constantin Lungu Ciobanu Cojocaru Țurcan "
        "Moraru Ceban Rotaru",
    ),
    "hu": _culture(
        "Viktor Péter Tamás Zoltán László Gergely Balázs Gábor Sándor Attila István János",
        "Katalin Judit Anna Zsófia Eszter Krisztina",
        "Orbán Szijjártó Sulyok Novák Magyar Kovács Szabó Horváth Varga Kiss Molnár Németh "
        "Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh",
    ),
    "sq": _culture(
        "Edi Bajram Igli Ilir Sali Albin Besnik Arben Fatos Gent Erion Dritan Artan",
        "Vjosa Donika Elisa Olta Teuta Majlinda",
        "Rama Begaj Hasani Meta Berisha Kurti Osmani Gërvalla Hoxha Shehu Dervishi Kola Leka "
        "Gjoka Brahimi Basha Bushati Prifti Çela Duka",
    ),
    "tr": _culture(
        "Recep Hakan Mevlüt Ahmet Kemal Ömer Mehmet Mustafa İbrahim Fuat Yaşar Ali Cevdet "
        "İlham Ceyhun Jeyhun Elmar Hikmet Ali Binali Numan",
        "Meral Ayşe Zeynep Emine Fatma Elif Sahiba Leyla",
        "Erdoğan Fidan Çavuşoğlu Davutoğlu Yılmaz Kalın Güler Bolat Şimşek Yıldırım Kurtulmuş "
        "Bayraktar Aliyev Bayramov Asadov Hajiyev Mammadyarov Akar Kılıç Özdemir Demir Şahin "
        "Çelik Aydın Arslan Doğan Koç Kurt Öztürk Aksoy Karaca Polat Güneş Mammadov Huseynov",
    ),
    "ka": _culture(
        "Irakli Mikheil Giorgi Davit Zurab Levan Nikoloz Shalva Ilia Tengiz",
        "Salome Nino Tamar Maka Ketevan",
        "Kobakhidze Garibashvili Kavelashvili Zourabichvili Darchiashvili Botchorishvili "
        "Papuashvili Kvirikashvili Beridze Kapanadze Gelashvili Lomidze Tsiklauri Javakhishvili",
    ),
    "hy": _culture(
        "Nikol Ararat Vahagn Armen Serzh Robert Ruben Tigran Levon Aram Karen Gagik",
        "Anna Lilit Mariam Zara Anahit",
        "Pashinyan Mirzoyan Khachaturyan Sarkissian Sargsyan Kocharyan Grigoryan Simonyan "
        "Harutyunyan Hovhannisyan Petrosyan Avetisyan Hakobyan Karapetyan Vardanyan Manukyan",
    ),
    "ca": _culture(
        "Kassym-Jomart Shavkat Sadyr Serdar Gurbanguly Murat Akylbek Bakhtiyor Nurlan Jeenbek "
        "Rashid Yerlan Abdulaziz Olzhas Timur Rustam Askar Almazbek",
        "Dariga Aida Gulnara Saida Aigerim Dinara",
        "Tokayev Mirziyoyev Japarov Berdimuhamedov Nurtleuov Saidov Kulubaev Meredov "
        "Bektenov Aripov Kasymaliev Nazarbayev Atambayev Karimov Smailov Tileuberdi "
        "Abdrakhmanov Kuanyshev Yusupov Rakhimov Tursunov Nazarov Kenzhebekov Sultanov",
    ),
    "fa": _culture(
        "Masoud Abbas Hassan Mohammad Javad Ali Ebrahim Hossein Mahmoud Kazem Mojtaba Saeed "
        "Emomali Sirojiddin Kokhir Amir Esmaeil Majid Reza",
        "Fatemeh Masoumeh Zahra Maryam Parisa",
        "Pezeshkian Araghchi Rouhani Zarif Raisi Amir-Abdollahian Larijani Ghalibaf Baghaei "
        "Kanaani Rakhmon Muhriddin Rasulzoda Khamenei Velayati Mousavi Tehrani Hosseini Karimi "
        "Rahimi Ahmadi Jafari Rezaei Sadeghi Haqqani Muttaqi Akhundzada Stanekzai Baradar",
    ),
    "ar": _culture(
        "Mohammed Abdullah Ahmed Ali Faisal Hassan Khalid Abdel_Fattah Abdelmadjid Kais Tamim "
        "Mohamed Ayman Sameh Badr Fuad Najib Nawaf Mishal Salman Ibrahim Youssef Omar Karim "
        "Nasser Saud Sultan Hamad",
        "Najla Rania Hala Noura Lamia Reem Mona Aisha Leila Amal",
        "al-Sudani Hussein el-Sisi Abdelatty Shoukry Tebboune Attaf Saied Safadi Mikati Salam "
        "Aoun Dbeibah Akhannouch Bourita al-Thani al-Khulaifi al-Sabah al-Yahya al-Zayani "
        "al-Busaidi bin_Farhan al-Shaibani al-Burhan al-Jubeir Mustafa Aboul_Gheit Haddad "
        "Khoury Nasser Mansour Saleh Hamdan Rahman Qasim Barzani Zebari Ghazouani Sheikh "
        "Mohamud Guelleh Azali Muizzu al-Maliki al-Hashimi al-Qasimi al-Otaibi "
        "al-Dosari al-Harbi al-Mutairi Fahmy Gamal Hegazy Moussa Nabil Sabri Tawfik Zaki "
        "Benali Bensalah Mansouri Cherif Boukadoum Lamamra Laabidi Jaziri",
    ),
    "he": _culture(
        "Benjamin Isaac Yair Gideon Naftali Benny Israel Yoav Eli Avi Amir Ron Yossi Itamar",
        "Tzipi Ayelet Miri Orit Michal",
        "Netanyahu Herzog Lapid Saar Bennett Gantz Katz Gallant Dermer Cohen Levi Mizrahi "
        "Peretz Biton Friedman Shapira Amsalem Ohana Barkat",
    ),
    "in": _culture(
        "Narendra Subrahmanyam Rajnath Amit Ajit Vinay Piyush Nirmala Rahul Manmohan Arvind "
        "Pravind Navinchandra Dhananjay Vikram Sanjay Anil Rajesh Suresh Ravi Harsh",
        "Nirmala Droupadi Sushma Smriti Meenakshi Priya Anjali Kavita Sunita",
        "Modi Jaishankar Singh Shah Doval Misri Goyal Sitharaman Kwatra Murmu Gandhi Kumar "
        "Sharma Verma Gupta Reddy Iyer Nair Menon Patel Rao Joshi Chatterjee Mukherjee "
        "Banerjee Deshmukh Kapoor Malhotra Jugnauth Ramgoolam Gokhool Shringla Swaraj",
        middle="Kumar Prasad Chandra Nath",
    ),
    "pk": _culture(
        "Shehbaz Ishaq Asif Imran Nawaz Bilawal Shah_Mahmood Mohsin Ahsan Khawaja Hina Asim "
        "Raza Faisal Tariq Usman Zahid",
        "Hina Maryam Sherry Mumtaz Shazia Ayesha",
        "Sharif Dar Zardari Khan Bhutto Qureshi Naqvi Iqbal Abbasi Malik Chaudhry Rabbani "
        "Munir Baloch Butt Mirza Hashmi Siddiqui Qureshi Awan Gilani Jilani",
    ),
    "bn": _culture(
        "Muhammad Touhid Abul Shahriar Mohammad Abdul Tarique Obaidul Hasan Masud Rafiqul",
        "Sheikh_Hasina Khaleda Dipu Nasrin Farida",
        "Yunus Hossain Momen Kalam Alam Rahman Haque Chowdhury Quader Mahmud Islam Ahmed Uddin",
    ),
    "lk": _culture(
        "Anura Ranil Mahinda Gotabaya Vijitha Ali Dinesh Harini Sajith Namal Kumara",
        "Harini Chandrika Thalatha Pavithra",
        "Dissanayake Wickremesinghe Rajapaksa Herath Sabry Gunawardena Amarasuriya Premadasa "
        "Perera Fernando Silva Jayawardena Bandara Wijesinghe Senanayake",
    ),
    "np": _culture(
        "Khadga Pushpa_Kamal Sher_Bahadur Ram_Chandra Arzu Narayan Prakash Bimal Lotay Tshering "
        "Tshering Dasho",
        "Arzu Sushila Bidya Tandi",
        "Oli Dahal Deuba Paudel Rana Karki Shrestha Sharma Thapa Koirala Tobgay Dorji Wangchuk "
        "Tshering Gyeltshen",
    ),
    "zh": _culture(
        _combine(
            "Jin Ding Hu Le Yong Jie Yan Xue Xiao Guo Zhao Chun Hong Wei Jian Hai Min Dong Zhi Ke "
            "Ya Shu",
            "ping qiang xiang ning ji liang guang xu min jun hua feng lin ying bo gang tao hui "
            "qing yu chi sheng",
        )
        + " Yi Qiang Gang Jun Wei Lei Hao Ming Bo Feng Peng",
        _combine("Chun Yu Mei Xiu Li Hui Jing Ya", "ying hong lan fang juan xia ning"),
        "Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
        "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang "
        "Wong Lee Tan Lim Ng Teo",
        family_first=True,
    ),
    "ja": _culture(
        "Fumio Shigeru Yoshihide Shinzo Yoshimasa Takeshi Takeshi Katsunobu Koichi Kenji "
        "Taro Toshimitsu Hiroshi Minoru Yoshihiko Shinjiro Nobuo Akira",
        "Yoko Sanae Takako Yuriko Aiko Seiko",
        "Kishida Ishiba Suga Abe Hayashi Iwaya Motegi Kamikawa Takaichi Koizumi Kono Kishi "
        "Nakatani Kato Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi "
        "Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura",
    ),
    "ko": _culture(
        _combine(
            "Suk Jae Tae Yong Duck Kyung Ui Kyu Hyun Sung Ho Min Seung Dong Young Sang Chang",
            "yeol myung in yul hyun soo wha jong ho han young jin woo sik chul",
            "-",
        ),
        _combine("Kyung Yo Son Mi Eun Hye Ji Soo Yeon", "wha jong hui kyung hee jin ah young", "-"),
        "Yoon Lee Moon Park Cho Kim Han Choi Chung Kang Ahn Song Hong Ban Jung Choe Ri Pak "
        "Kwon Hwang Shin Oh Seo",
        family_first=True,
    ),
    "vi": _culture(
        _combine(
            "Van Minh Duc Quoc Xuan Thanh Hoang Trong Dinh Huu Cong Ngoc",
            "Chinh Thuong Phuc Cuong Trung Son Hung Dung Nghia Hue Dam Long Tuan Hai Nam Binh Khai",
            "_",
        ),
        _combine("Thi", "Lan Mai Huong Thanh Hoa Linh Ha Kim Nga", "_"),
        "Nguyen Tran Le Pham Hoang Vo Dang Bui Do Ho Ngo Duong To",
        family_first=True,
        short="given",
    ),
    "th": _culture(
        "Srettha Prayut Anutin Maris Parnpree Don Sihasak Saleumxay Sonexay "
        "Thongloun Phankham Pita Chaturon",
        "Paetongtarn Yingluck Sirikanya",
        "Thavisin Chan-o-cha Shinawatra Charnvirakul Sangiampongsa Bahiddha-Nukara "
        "Pramudwinai Phuangketkeow Kommasith Siphandone Sisoulith Viphavanh Limjaroenrat "
        "Wongsuwan Chansiri",
        short="given",
    ),
    "km": _culture(
        "Sokhonn Chanthol Namhong Kheng Sokha Vuthy Rithy Sovann Sophal Narith Vannak",
        "Sophea Malis Sokunthea",
        "Sok Prak Sun Hor Chea Say Keo Chan Men Neth Ouk",
        short="given",
        family_first=True,
    ),
    "my": _culture(
        _combine(
            _combine(
                "Min Kyaw Zaw Than Thein Myint Soe Tin Wunna Aung Thura Myo Hla",
                "Aung Tint Min Maung Htay Naing Zaw Win Kyaw",
                "_",
            ),
            "Hlaing Swe Tun Lwin Oo Win Thant Naing Soe",
            "_",
        ),
        _combine(
            _combine("Su Khin Aye Thin Nwe May Yin", "Su Myat Thiri Mar Nwe", "_"),
            "Hlaing Kyi Win Lwin Aye Thu",
            "_",
        ),
        "",
        short="full",
    ),
    "ms": _culture(
        "Anwar Mohamad Ismail_Sabri Hassanal Fadillah Zambry Saifuddin Muhyiddin Najib Mahathir "
        "Hishammuddin Khairy Rafizi Azmin Tengku_Zafrul Amirudin Fahmi Dzulkefly",
        "Azizah Nurul_Izzah Hannah",
        "Ibrahim Hasan Yaakob Bolkiah Yusof Abdul_Kadir Nasution Yassin Razak Mohamad Hussein "
        "Jamaluddin Ramli Aziz Osman Ismail Daud Zainal",
        short="given",
    ),
    "id": _culture(
        "Joko Prabowo Sugiono Retno Luhut Airlangga Sri_Mulyani Budi Teguh Dino Agus Hendra",
        "Retno Sri_Mulyani Megawati Puan",
        "Widodo Subianto Marsudi Pandjaitan Hartarto Indrawati Gunadi Santoso Soekarnoputri "
        "Maharani Djalal Harahap Wibowo Kusuma Setiawan Nugroho",
    ),
    "ph": _culture(
        "Ferdinand Rodrigo Enrique Gilberto Eduardo Teodoro Manuel Jose Ramon Antonio",
        "Sara Theresa Leni Imee Risa",
        "Marcos Duterte Manalo Lazaro Teodoro Locsin Año Romualdez Enrile Recto Santos Reyes "
        "Cruz Bautista Villanueva Aquino Robredo Hontiveros",
    ),
    "mn": _culture(
        "Ukhnaa Luvsannamsrain Gombojav Battsetseg Batmunkh Khaltmaa Gombojavyn Tsogtbaatar",
        "Battsetseg Oyun",
        "Khurelsukh Oyun-Erdene Zandanshatar Batjargal Battulga Amarsaikhan Enkhbayar",
    ),
    "waf": _culture(
        "Bola Kashim Yusuf Nana John Mahama Adama Julius Samuel Olusegun Goodluck Muhammadu "
        "Geoffrey Emmanuel Kwame Kofi Joseph Ernest",
        "Ngozi Amina Adjoa Hannah Shirley Ellen",
        "Tinubu Shettima Tuggar Akufo-Addo Bawumia Mahama Ablakwa Barrow Bio Boakai Weah "
        "Obasanjo Jonathan Buhari Okonjo-Iweala Adeyemi Okafor Nwosu Mensah Boateng Owusu "
        "Asante Adjei Danso Sesay Conteh Kallon Sirleaf Abubakar Bello Danjuma Eze Ogunleye",
    ),
    "eaf": _culture(
        "William Yoweri Paul Evariste Salva Musalia Raila Kithure Januari Vincent "
        "Olivier Abdul Godfrey Daniel",
        "Samia Monica Rebecca Sarah Agnes",
        "Ruto Museveni Kagame Hassan Ndayishimiye Kiir Mudavadi Odinga Kindiki Makamba Biruta "
        "Nduhungirehe Odongo Kombo Kenyatta Mutua Otieno Wanjiku Kamau Nsengiyumva Mugisha "
        "Okello Mwinyi Mwangi Kiprono Achieng Omondi",
    ),
    "et": _culture(
        "Abiy Taye Gedion Sahle-Work Demeke Isaias Osman Redwan Mesfin Yohannes Teklu Dawit",
        "Sahle-Work Birtukan Meaza",
        "Ahmed Atske Timothewos Zewde Mekonnen Afwerki Saleh Hussien Tefera Gebremariam "
        "Haile Tesfaye Alemu Bekele Desta Wolde Girma",
    ),
    "saf": _culture(
        "Cyril Paul Emmerson Hakainde Lazarus Duma Mokgweetsi Netumbo Ronald Frederick Frederick "
        "Ambrose Nkosinathi Sibusiso Thabo Jacob Naledi Mlungisi Sam",
        "Naledi Netumbo Lindiwe Joyce Nkosazana Thandi",
        "Ramaphosa Mashatile Lamola Pandor Mnangagwa Hichilema Chakwera Boko Nandi-Ndaitwah "
        "Mutharika Motsoaledi Zuma Mbeki Dlamini Nkosi Ndlovu Mokoena Khumalo Mthembu Mahlangu "
        "Moyo Banda Phiri Mwale Tembo Chikwanha Masisi Matlhare Sekeramayi",
    ),
    "pac": _culture(
        "Sitiveni Anthony James Mark Feleti Manasseh Jeremiah Taneti Surangel David Wesley Kausea "
        "Hilton Justin Ratu Viliame Semisi Sione Tevita Peni Joni Iosefa Tuilagi Kalani Bob "
        "Ishmael Rex Pohiva",
        "Fiamē Hilda Naomi Losana Mele Salote Litia Ana Meleane",
        "Rabuka Albanese Marape Manele Teo Heine Whipps Panuelo Maamau Natano Simi Kalsakau "
        "Mata'afa Sovaleni Hu'akavameiliku Napat Tuilaepa Bainimarama Sogavare Wahgi Kiribati "
        "Namaliu Tuivaga Waqa Adeang Tupou Fonua Vaipulu Kaitu Tabai "
        "Tong Aingimea Remengesau Heine Kabua Tongatapu Kalsakau Loughman Tabuteau Seruiratu "
        "Kubuabola Naupoto",
    ),
    "mg": _culture(
        "Andry Hery Christian Richard Rivo Patrick Marc",
        "Rasata Lalaina",
        "Rajoelina Rajaonarimampianina Ntsay Rasata Ravalomanana Rakotomalala Randrianarisoa "
        "Razafindrakoto Andriamanjato Rabemananjara",
    ),
}


def _feminine(culture_code: str, family: str) -> str:
    """Surnames that take a feminine form: Slavic, Baltic, Czech and Slovak ones."""
    if culture_code in ("ru", "sh") and family.endswith(("ov", "ev", "in")):
        return family + "a"
    if culture_code in ("ru", "uk", "pl") and family.endswith(("ski", "cki", "sky")):
        return family[:-1] + "a"
    if culture_code == "cs":
        if family.endswith("ý"):
            return family[:-1] + "á"
        if family[-1] not in "áeiouy":
            return family + "ová"
    if culture_code == "balt" and family.endswith(("as", "is", "us")) and not family.endswith("ė"):
        return family[:-2] + "ienė"
    if culture_code == "nord" and family.endswith("son"):
        return family[:-3] + "dóttir"
    return family


@dataclass(frozen=True)
class Name:
    full: str
    short: str  # the form used on second mention: "Putin", "Xi", "Anwar", "Min Aung Hlaing"
    given: str


def make_name(
    rng: random.Random, culture_code: str, female: bool, *, extended: bool = False
) -> Name:
    """A name of the culture; ``extended`` adds a middle name to escape a clash with a taken one."""
    culture = CULTURES[culture_code]
    given = rng.choice(culture.female if female and culture.female else culture.male)
    if not culture.family:  # Burmese names have no family name and are repeated whole
        if extended:
            given = f"{given} {rng.choice(('Aung', 'Kyaw', 'Tun', 'Myint', 'Naing', 'Oo'))}"
        return Name(given, given, given)
    family = rng.choice(culture.family)
    if culture_code == "es" and rng.random() < 0.3:  # a second (maternal) surname
        family = f"{family} {rng.choice(culture.family)}"
    if extended and culture_code == "vi":
        parts = given.split()
        given = f"{parts[0]} {rng.choice(culture.male).split()[0]} {parts[-1]}"
    elif extended and not culture.family_first:
        middle = rng.choice(culture.middle or culture.male)
        if middle != given:
            given = f"{given} {middle}"
    if female:
        family = _feminine(culture_code, family)
    elif culture_code == "nord" and family.endswith("dóttir"):
        family = family[: -len("dóttir")] + "son"
    full = f"{family} {given}" if culture.family_first else f"{given} {family}"
    if culture.short == "given":
        short = given.split()[-1] if culture.family_first else given.split()[0]
    elif culture.short == "full":
        short = full
    elif culture_code == "es":
        short = family.split()[0]  # Spanish double surnames: the first one is used alone
    else:
        short = family
    return Name(full, short, given.split()[0])
