// Word pools of the stress injector (bench/stress.mjs), written for it from general knowledge of news text, names
// and web pages: no corpus text, nothing from bench/injections.mjs or wild-dev. Every pool is cut into two disjoint
// halves (`dev`, `confirm`) by halvesOf() in inject.mjs, so what the detectors are developed on is never what they
// are confirmed on.

/** People as news names them: `first|last` is where a broken translation splits the name; `origin` is a facet. */
export const PEOPLE = {
  chinese: ['Zhao|Lijian', 'Hua|Chunying', 'Li|Qiang', 'Liu|Jianchao', 'Qin|Gang', 'Geng|Shuang', 'Zhang|Jun', 'Lin|Jian',
    'Ma|Zhaoxu', 'Xie|Feng', 'Fu|Cong', 'Shu|Jueting', 'He|Yadong', 'Sun|Weidong', 'Deng|Xiwen', 'Gao|Yanping',
    'Zhou|Bingqing', 'Huang|Kunming', 'Tan|Kefei', 'Yang|Jiechi', 'Cui|Tiankai', 'Luo|Zhaohui', 'Wu|Qian', 'Kong|Xuanyou'],
  korean: ['Moon|Jae-in', 'Yoon|Suk-yeol', 'Park|Jin', 'Chung|Eui-yong', 'Kang|Kyung-wha', 'Lee|Jae-myung', 'Han|Duck-soo',
    'Choo|Kyung-ho', 'Kim|Sung-han', 'Choi|Jong-kun', 'Cho|Tae-yong', 'Shin|Won-sik', 'Lim|Soo-suk', 'Ahn|Eun-ju',
    'Jeon|Ha-na', 'Kwon|Young-se', 'Bae|Hyun-jin', 'Seo|Hoon'],
  japanese: ['Fumio|Kishida', 'Yoshimasa|Hayashi', 'Hirokazu|Matsuno', 'Yoko|Kamikawa', 'Katsunobu|Kato', 'Taro|Kono',
    'Yuriko|Koike', 'Minoru|Kihara', 'Hikariko|Ono', 'Shunsuke|Takei', 'Kenji|Yamada', 'Haruka|Sato', 'Daisuke|Nakamura',
    'Tomoko|Ishikawa', 'Ryota|Fujimoto', 'Akiko|Tsuchiya', 'Hiroshi|Moriyama', 'Noriko|Hashimoto'],
  russian: ['Dmitry|Peskov', 'Maria|Zakharova', 'Sergei|Ryabkov', 'Vasily|Nebenzya', 'Anatoly|Antonov', 'Alexander|Grushko',
    'Valentina|Matviyenko', 'Mikhail|Mishustin', 'Igor|Konashenkov', 'Yuri|Ushakov', 'Nikolai|Patrushev', 'Andrei|Rudenko',
    'Ekaterina|Shulman', 'Tatyana|Golikova', 'Vyacheslav|Volodin', 'Grigory|Karasin', 'Leonid|Slutsky', 'Elvira|Nabiullina',
    'Konstantin|Kosachev', 'Pyotr|Tolstoy'],
  ukrainian: ['Dmytro|Kuleba', 'Oleksii|Reznikov', 'Mykhailo|Podolyak', 'Iryna|Vereshchuk', 'Andriy|Yermak', 'Oleg|Nikolenko',
    'Denys|Shmyhal', 'Yulia|Svyrydenko', 'Vitali|Klitschko', 'Olena|Zelenska', 'Serhiy|Haidai', 'Ihor|Terekhov',
    'Taras|Kachka', 'Oleksandr|Kubrakov', 'Ruslan|Stefanchuk', 'Kyrylo|Budanov', 'Natalia|Humeniuk', 'Vadym|Prystaiko'],
  arabic: ['Ahmed|Aboul Gheit', 'Faisal|bin Farhan', 'Ayman|Safadi', 'Sameh|Shoukry', 'Najib|Mikati', 'Abdullah|Bou Habib',
    'Mustafa|al-Kadhimi', 'Fuad|Hussein', 'Riyad|al-Maliki', 'Abdel Fattah|al-Sisi', 'Khalid|Al-Falih', 'Rania|Al-Mashat',
    'Mohammed bin Abdulrahman|Al Thani', 'Nasser|Bourita', 'Ramtane|Lamamra', 'Othman|Jerandi', 'Majed|Al-Ansari',
    'Hussein|Ibrahim Taha'],
  persian: ['Nasser|Kanaani', 'Hossein|Amir-Abdollahian', 'Ali|Bagheri Kani', 'Ebrahim|Raisi', 'Mohammad|Eslami',
    'Saeed|Khatibzadeh', 'Massoud|Pezeshkian', 'Abbas|Araghchi'],
  turkish: ['Mevlüt|Çavuşoğlu', 'Hakan|Fidan', 'Ibrahim|Kalın', 'Hulusi|Akar', 'Ömer|Çelik', 'Fahrettin|Altun',
    'Süleyman|Soylu', 'Mehmet|Şimşek', 'Numan|Kurtulmuş', 'Yaşar|Güler', 'Ali|Yerlikaya', 'Cevdet|Yılmaz'],
  indian: ['Subrahmanyam|Jaishankar', 'Arindam|Bagchi', 'Nirmala|Sitharaman', 'Rajnath|Singh', 'Piyush|Goyal',
    'Ashwini|Vaishnaw', 'Smriti|Irani', 'Amitabh|Kant', 'Harsh Vardhan|Shringla', 'Meenakashi|Lekhi', 'Arvind|Kejriwal',
    'Vinay|Kwatra', 'Randhir|Jaiswal', 'Mansukh|Mandaviya', 'Hardeep Singh|Puri', 'Shashi|Tharoor'],
  african: ['Cyril|Ramaphosa', 'Naledi|Pandor', 'Bola|Tinubu', 'Ngozi|Okonjo-Iweala', 'William|Ruto', 'Abiy|Ahmed',
    'Moussa Faki|Mahamat', 'Macky|Sall', 'Hage|Geingob', 'Yoweri|Museveni', 'Samia Suluhu|Hassan', 'Nana|Akufo-Addo',
    'Félix|Tshisekedi', 'Ousmane|Sonko', 'Chidi|Okafor', 'Amina|Mohammed', 'Emmerson|Mnangagwa', 'Paul|Biya',
    'Kais|Saied', 'Alassane|Ouattara'],
  latin: ['Luiz Inácio|Lula da Silva', 'Andrés Manuel|López Obrador', 'Marcelo|Ebrard', 'Gustavo|Petro', 'Gabriel|Boric',
    'Alberto|Fernández', 'Santiago|Cafiero', 'Mauro|Vieira', 'Nicolás|Maduro', 'Delcy|Rodríguez', 'Luis|Arce',
    'Dina|Boluarte', 'Xiomara|Castro', 'Nayib|Bukele', 'Alicia|Bárcena', 'Carlos|França', 'Ernesto|Araújo',
    'Gabriela|Sommerfeld', 'Fernando|Haddad', 'Javier|Milei'],
  european: ['Emmanuel|Macron', 'Catherine|Colonna', 'Jean-Yves|Le Drian', 'Annalena|Baerbock', 'Olaf|Scholz',
    'Ursula|von der Leyen', 'Josep|Borrell', 'Mark|Rutte', 'Wopke|Hoekstra', 'Giorgia|Meloni', 'Antonio|Tajani',
    'Pedro|Sánchez', 'José Manuel|Albares', 'Zbigniew|Rau', 'Radosław|Sikorski', 'Gabrielius|Landsbergis',
    'Pekka|Haavisto', 'Tobias|Billström', 'Jens|Stoltenberg', 'Kaja|Kallas', 'Alexander|Schallenberg', 'Ignazio|Cassis',
    'Viktor|Orbán', 'Péter|Szijjártó', 'Nikos|Dendias', 'Jan|Lipavský', 'Ivan|Korčok', 'Edgars|Rinkēvičs',
    'Bogdan|Aurescu', 'Micheál|Martin', 'Frank-Walter|Steinmeier', 'Marie-Agnes|Strack-Zimmermann', 'Luc|Frieden',
    'Pieter|De Crem', 'Gert-Jan|van den Berg'],
  english: ['James|Cleverly', 'Antony|Blinken', 'Ned|Price', 'John|Kirby', 'Karine|Jean-Pierre', 'Penny|Wong',
    'Mélanie|Joly', 'Nanaia|Mahuta', 'Sarah|Collins', 'Mark|Thompson', 'Rachel|O’Brien', 'Kevin|McCarthy',
    'Gemma|Whitfield', 'Owen|Pritchard', 'Linda|Thomas-Greenfield', 'Tom|Tugendhat'],
  southeast_asian: ['Retno|Marsudi', 'Vivian|Balakrishnan', 'Pham Minh|Chinh', 'Bui Thanh|Son', 'Prayut|Chan-o-cha',
    'Don|Pramudwinai', 'Hun|Manet', 'Anwar|Ibrahim', 'Zambry|Abdul Kadir', 'Enrique|Manalo', 'Saifuddin|Abdullah',
    'Nguyen Phu|Trong'],
  central_asian: ['Kassym-Jomart|Tokayev', 'Shavkat|Mirziyoyev', 'Mukhtar|Tileuberdi', 'Bakhtiyor|Saidov',
    'Sadyr|Japarov', 'Ilham|Aliyev', 'Jeyhun|Bayramov', 'Ararat|Mirzoyan', 'Nikol|Pashinyan', 'Irakli|Garibashvili',
    'Murat|Nurtleu', 'Emomali|Rahmon'],
  hebrew: ['Eli|Cohen', 'Yair|Lapid', 'Isaac|Herzog', 'Lior|Haiat', 'Benny|Gantz', 'Yoav|Gallant'],
};

/** Roles written before a name (`Defence Minister`, `lawyer`); `{adj}` takes a country, city or body. */
export const TITLES = ['{adj} Foreign Minister', '{adj} Defence Minister', '{adj} Defense Minister', '{adj} Prime Minister',
  'President', '{adj} President', 'Vice President', '{adj} Deputy Prime Minister', 'Foreign Ministry spokesperson',
  'Foreign Ministry spokesman', '{adj} government spokeswoman', 'lawyer', 'defence lawyer', 'the family’s lawyer',
  'attorney', 'Chief Constable', 'Assistant Chief Constable', 'Detective Inspector', 'Police Commissioner',
  '{adj} Governor', 'Governor', 'Mayor', '{adj} Mayor', 'commentator', 'political commentator', 'political analyst',
  'Ambassador', '{adj} Ambassador', 'CEO', 'chief executive', 'head coach', 'coach', 'Professor', 'economist',
  'Senator', 'MP', 'Speaker', 'Secretary-General', 'Chairman', 'chairwoman', 'director', 'press secretary',
  '{adj} Deputy Foreign Minister', 'Chief of Staff', 'General', 'Admiral', 'Colonel', 'researcher', 'columnist',
  'editor-in-chief', 'Judge', 'prosecutor', '{adj} Health Minister', '{adj} Interior Minister', '{adj} Trade Minister',
  'central bank governor', 'Finance Minister', 'Minister of Energy', 'Deputy Speaker', 'party leader', 'opposition leader',
  'union leader', 'team captain', 'striker', 'head of the delegation', 'presidential aide', 'Kremlin spokesman',
  'White House spokeswoman', 'Secretary of State', 'Emergency Situations Minister', 'regional governor', 'analyst',
  'historian', 'military expert', 'virologist', 'chief negotiator', 'deputy director', 'Air Force spokesman'];

/** What stands for `{adj}` in a title. */
export const TITLE_ADJECTIVES = ['Lithuanian', 'Chinese', 'Russian', 'Ukrainian', 'Turkish', 'Brazilian', 'Kenyan',
  'Japanese', 'South Korean', 'Indian', 'Egyptian', 'Polish', 'German', 'French', 'Mexican', 'Iranian', 'Saudi',
  'Kazakh', 'Hungarian', 'Finnish', 'Norfolk', 'Texas', 'Bavarian', 'Hokkaido', 'Kharkiv', 'Belgorod', 'Catalan',
  'Israeli', 'Nigerian', 'Argentine', 'Philippine', 'Estonian', 'Greek', 'Czech', 'Serbian', 'Georgian'];

/** Attribution verbs as MT writes them after a name. */
export const VERBS = ['said', 'told', 'noted', 'stressed', 'added', 'stated', 'emphasized', 'explained', 'pointed out',
  'underlined', 'announced', 'wrote', 'emphasised', 'remarked', 'insisted', 'warned', 'commented', 'declared', 'recalled',
  'claimed', 'clarified', 'observed', 'argued', 'reported', 'assured', 'replied', 'concluded', 'acknowledged'];

/** Who is told (`told. Last, reporters`). */
export const TOLD_WHOM = ['reporters', 'journalists', 'the newspaper', 'the agency', 'the broadcaster', 'TASS', 'RIA Novosti',
  'Reuters', 'the BBC', 'local media', 'the press', 'parliament', 'the audience', 'lawmakers', 'students', 'the court',
  'CNN', 'Xinhua', 'Yonhap', 'Kyodo', 'Anadolu', 'the radio station', 'supporters', 'the committee'];

/** News outlets, for continuations. */
export const OUTLETS = ['Interfax', 'Al Jazeera', 'Le Monde', 'Der Spiegel', 'the Financial Times', 'NHK', 'RBC',
  'Kommersant', 'El País', 'Globo', 'Hürriyet', 'The Hindu', 'Ukrainska Pravda', 'Izvestia', 'Bild', 'Corriere della Sera',
  'the Guardian', 'Politico', 'Channel One', 'Asharq Al-Awsat', 'the Korea Herald', 'Nikkei', 'Daily Nation', 'Clarín'];

/** Continuations after `Last,`: `{s}` is the host sentence lower-cased without its stop; others are fillers. */
export const CONTINUATIONS = ['that {s}.', 'at a press conference on {day}.', 'at a briefing on {day}.',
  'in an interview with {outlet}.', 'speaking to {outlet}.', 'quoted by {outlet}.', 'according to the ministry’s press service.',
  'adding that {s}.', 'arguing that {s}.', 'stressing that {s}.', 'during a visit to {city}.', 'on the sidelines of the summit.',
  'in a statement on {day}.', 'on his Telegram channel.', 'on her Telegram channel.', 'on Twitter.', 'noting that {s}.',
  'in comments to journalists.', 'live on television.', 'who heads the delegation.', 'the head of the committee.',
  '{s}.', 'in a video address.', 'answering a question from {outlet}.', 'at a meeting in {city} on {day}.',
  'recalling that {s}.', 'and {s}.', 'while {s}.', 'in his turn.', 'in turn, {s}.', 'as reported by {outlet}.',
  'after the talks in {city}.', 'on the air of {outlet}.', 'commenting on the situation.', 'in a written reply.'];

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'March 3', 'the 14th',
  'June 21', 'October 9', 'Wednesday evening', 'Friday morning', 'December 1', 'the eve of the vote', 'January 27'];

export const CITIES = ['Beijing', 'Geneva', 'Ankara', 'Kyiv', 'Moscow', 'Brussels', 'Warsaw', 'Tokyo', 'Seoul', 'Riyadh',
  'Nairobi', 'Brasília', 'Astana', 'Baku', 'Jakarta', 'Hanoi', 'Tallinn', 'Lima', 'Doha', 'New Delhi', 'Vienna', 'Belgrade'];

/** Openings of an added sentence that uses a person's whole name (`name seen elsewhere in the document`). */
export const NAME_MENTIONS = ['{name} has held the post since {year}.', 'Earlier, {name} met the delegation in {city}.',
  'The visit was prepared by {name}.', '{name} arrived in {city} on {day}.', 'Earlier in the week {name} spoke to {outlet}.',
  'It was the first such meeting for {name}.', '{name} did not attend the session.', 'The report was signed by {name}.',
  'Questions were answered by {name}.', 'The talks were led by {name} and her counterpart.',
  'In {year}, {name} took part in similar talks.', 'Sources close to {name} confirmed the plan.'];

/** Simple prepositions an MT system stacks. Pairs English uses are never made (ENGLISH_PAIRS). */
export const SIMPLE_PREPOSITIONS = ['of', 'from', 'by', 'at', 'in', 'on', 'with', 'to', 'for', 'about', 'into', 'through',
  'over', 'under', 'across', 'against', 'among', 'between', 'during', 'without', 'within', 'toward', 'towards', 'upon',
  'via', 'onto', 'behind', 'beyond', 'near', 'after', 'before', 'since', 'throughout', 'amid', 'despite', 'per', 'like'];

/** Two prepositions English does put together (`out of`, `from under`): never injected. */
export const ENGLISH_PAIRS = new Set(['out of', 'from under', 'because of', 'up to', 'as of', 'in between', 'until after',
  'from behind', 'from within', 'from among', 'over to', 'down to', 'up on', 'off of', 'from across', 'since before',
  'from outside', 'instead of', 'from beyond', 'from between', 'from over', 'from near', 'to within', 'in about',
  'for about', 'of about', 'at about', 'by about', 'with about', 'to about', 'from about', 'on about', 'over about',
  'after about', 'before about', 'since about', 'under about', 'in on', 'on to', 'in to', 'up against', 'from before',
  'till after', 'from after', 'for over', 'of over', 'in over', 'by over', 'to over', 'with over', 'at over', 'from over',
  'of under', 'for under', 'in under', 'by under', 'to under', 'with under', 'at under', 'from under', 'on under',
  'of between', 'in between', 'by between', 'to between', 'for between', 'at between', 'with between', 'from between',
  'of around', 'of near', 'in near', 'to near', 'over near', 'of like', 'from like', 'by like', 'to like', 'for like',
  'about to', 'due to', 'next to', 'close to', 'prior to', 'according to', 'thanks to', 'owing to', 'as to', 'along with',
  'apart from', 'aside from', 'away from', 'as for', 'but for', 'except for', 'save for', 'of within', 'since after',
  'from within', 'after about', 'within about', 'during about', 'through about', 'across about', 'among about',
  'to beyond', 'of beyond', 'until before', 'of before', 'of after', 'on behind', 'of behind', 'from amid',
  'of toward', 'of towards', 'over into', 'onto about']);

/** Compound prepositions, before which a second, simple one is stacked (`according to with`). */
export const COMPOUND_PREPOSITIONS = ['according to', 'in addition to', 'because of', 'due to', 'instead of', 'as well as',
  'in front of', 'apart from', 'thanks to', 'prior to', 'in spite of', 'on behalf of', 'in terms of', 'with regard to',
  'as a result of', 'in line with', 'along with', 'next to', 'ahead of', 'regardless of', 'in accordance with',
  'by means of', 'in view of', 'on the basis of', 'in response to', 'with respect to', 'in connection with',
  'in the framework of', 'within the framework of', 'in relation to', 'as part of', 'in favour of', 'in the course of',
  'by virtue of', 'for the sake of', 'in the field of', 'on the eve of', 'at the request of', 'with the help of',
  'in the wake of', 'in comparison with', 'in contrast to', 'as opposed to', 'together with', 'close to', 'owing to'];

/** What follows a stacked compound at a sentence's start (`According to with the data, …`). */
export const NOUN_PHRASES = ['the data', 'the ministry', 'the report', 'the agreement', 'the statement', 'the results',
  'the new rules', 'the plan', 'the police', 'the experts', 'local residents', 'official figures', 'its partners', 'him',
  'the survey', 'the decree', 'the organisers', 'the court', 'sources', 'the forecast'];

/** Words before `of` that take a partitive (`One of at the main`). */
export const QUANTIFIERS = ['One', 'one', 'Some', 'some', 'Many', 'many', 'Most', 'most', 'Each', 'each', 'All', 'all',
  'None', 'none', 'part', 'Part', 'half', 'Half', 'several', 'Several', 'majority', 'rest', 'most', 'any', 'two', 'three'];

/** `He said`-like attributions after a quote, written with a capital that a comma does not allow. */
export const CAPITAL_ATTRIBUTIONS = ['He said', 'She said', 'He added', 'She noted', 'They said', 'He stressed', 'It said',
  'She explained', 'He continued', 'She told reporters', 'He recalled', 'They added', 'He wrote', 'She warned',
  'He admitted', 'We believe', 'The minister said', 'The statement said', 'She believes'];

/** Lower-case attributions after a quote. */
export const ATTRIBUTIONS = ['he said', 'she said', 'he added', 'she noted', 'the minister said', 'the statement said',
  'the spokesman added', 'she told reporters', 'he stressed', 'the company said', 'officials said', 'the agency reported',
  'the ministry said', 'he explained', 'she wrote', 'the governor said', 'police said', 'the source added'];

/** Attribution verbs after a dash at a paragraph's end (`…, - said First. Last.`). */
export const DASH_ATTRIBUTIONS = ['said', 'noted', 'stressed', 'added', 'emphasized', 'explained', 'wrote', 'stated',
  'summed up', 'concluded', 'believes', 'says', 'recalled', 'admitted', 'complained', 'suggested'];

/** Accented names and words, for encoding damage (`Hip?lito`, `JosÃ©`). */
export const ACCENTED = ['José', 'Hipólito', 'Mejía', 'Müller', 'Łukasz', 'Erdoğan', 'François', 'Gonçalves', 'Søren',
  'Dvořák', 'Zürich', 'São Paulo', 'Kraków', 'Gdańsk', 'Malmö', 'Bogotá', 'Ibáñez', 'Núñez', 'Škoda', 'Çelik',
  'Andrés', 'Ramón', 'Björn', 'Jürgen', 'Čapek', 'Žilina', 'Brașov', 'Timișoara', 'Ñuñoa', 'Córdoba', 'Yücel', 'Ørsted',
  'Åsa', 'Grégoire', 'Hélène', 'Inês', 'João', 'Perú', 'Ciudad Juárez', 'Mária', 'Bălți', 'Kövesi', 'Rzeszów',
  'Wałęsa', 'Hüseyin', 'Şahin', 'Iñaki', 'Thérèse', 'Agnès', 'Noël', 'Fiscalía', 'Petrobrás', 'Düsseldorf', 'Göteborg'];

/** Non-Latin words kept in a translation, for double encoding beyond Latin letters. */
export const FOREIGN_WORDS = ['Москва', 'Київ', 'Росгвардия', 'Ελλάδα', 'Укрзалізниця', 'Газпром', 'Σύριζα', 'Беларусь',
  'Роскомнадзор', 'Αθήνα', 'Харків', 'Известия'];

/** Quoted phrases, for TeX quotes. */
export const PHRASES = ['special military operation', 'red lines', 'zero tolerance', 'business as usual', 'new normal',
  'grain deal', 'shadow fleet', 'peace formula', 'foreign agents', 'green corridor', 'common prosperity', 'reset',
  'frozen conflict', 'strategic patience', 'dual use', 'soft landing', 'rule of law', 'national interest'];

/** Sites, authors and sections for furniture lines. */
export const SITES = ['world-daily-news.net', 'NewsFeed24', 'The Global Herald', 'eurasia-review.info', 'Daily Press Today',
  'newsnow.live', 'TopNewsPost', 'Asia Pulse Online', 'The Morning Ledger', 'newsbeat360.com', 'Capital Insider',
  'worldtimes.today', 'InfoWire', 'The Observer Post', 'breakingnews-hub.org', 'Metro Tribune', 'globalpoliticsnow.com',
  'Pravda Digest', 'The Eastern Courier', 'NewsLine Express'];
export const AUTHORS = ['Anna Petrova', 'John Mitchell', 'Editorial Staff', 'Chief editor', 'admin', 'News Desk',
  'Sofia Marquez', 'Li Wei', 'Rahul Mehta', 'Web Editor', 'Olga Ivanova', 'Tomás Herrera', 'Staff Reporter', 'newsroom',
  'Kateryna Bondar', 'Mehmet Aydın', 'Priya Nair', 'Ali Hassan'];
export const SECTIONS = ['World', 'Politics', 'Economy', 'Europe', 'Asia', 'Business', 'Sports', 'Society', 'Opinion',
  'Government', 'Defence', 'Energy', 'Diplomacy', 'Middle East', 'Technology', 'Health', 'Culture', 'Latest News',
  'Top Stories', 'Regions', 'Analysis', 'Markets', 'Ukraine', 'China', 'Russia', 'Africa', 'Americas'];
export const DATES = ['July 6, 2023', '12 March 2022', '2022-11-04', '04.10.2023', 'Tuesday, February 20, 2018',
  'Oct 1, 2021 at 14:32', '23/05/2022', 'March 15, 2024 10:05 am', '5 hours ago', 'Updated 2 days ago', 'Jan 9 2023',
  '17:45, 08 September 2021', 'June 30, 2022 | 9:12 PM', '1 December 2020', 'yesterday at 18:20', 'Nov. 3, 2022'];

/**
 * Furniture lines by kind, as web pages write them. `{site}`, `{author}`, `{section}`, `{section2}`, `{date}`, `{n}`,
 * `{m}`, `{headline}` (the first line of another host document) are filled in.
 */
export const FURNITURE = {
  byline: ['by {author} of {site} {date}', 'By {author} | {date}', 'Posted by {author} on {date}', 'Written by {author}',
    '{author} | {site}', 'Author: {author}', 'by {author}', 'Published by {author} • {date}', '{author}, {site} correspondent',
    'Reporting by {author}; editing by {author}', 'Text: {author}', 'Contributor: {author}'],
  dateline: ['{date}', 'Published: {date}', 'Updated: {date}', 'Last updated {date}', '{date} | {section}', 'Posted on {date}',
    '{section} | {date}', 'Date: {date}', 'First published {date}', '{date} · {n} min read'],
  share: ['Share This Post', 'Share on Facebook', 'Share this article', 'Share: Facebook Twitter WhatsApp Telegram',
    'Facebook Twitter Pinterest LinkedIn Email', 'Click Like to get updated news every day.', 'Tweet', 'Share', 'Copy link',
    'Like us on Facebook', 'Follow us on Telegram', 'Follow {site} on Google News', 'Spread the word', 'Share via Email',
    'Share with friends!', 'Send to WhatsApp'],
  comment: ['Please enter your comment!', 'Please enter your name here', 'Leave a Reply', 'Leave a comment',
    'Comments ({n})', 'No comments yet', 'Add a comment', 'You must be logged in to post a comment.', 'Cancel reply',
    'Your email address will not be published.', 'Write your opinion', 'Join the discussion', 'Be the first to comment'],
  related: ['Read also: {headline}', 'Related: {headline}', 'READ MORE: {headline}', 'See also – {headline}',
    'Also read: {headline}', 'You may also like', 'Related Posts', 'More from {section}', 'Recommended for you',
    'Previous article {headline}', 'Next article', 'Read more', 'Popular now', 'Trending: {headline}', 'Don’t miss: {headline}'],
  credit: ['Photo: {author}', 'Photo: {site}', 'Image: Reuters', 'Photo: AFP / {author}', 'Illustrative photo',
    'Photo credit: {author}/{site}', 'Photo by {author}', '© {author}', 'Source: social networks', 'Photo from open sources',
    'Frame: video of {site}', 'Getty Images', 'Photo: press service of the ministry', 'Image source, EPA'],
  tags: ['Tags: {section}, {section2}', '• {section}', '#{section} #{section2}', 'Topics: {section} {section2}',
    'Tags {section} {section2} {site}', 'Filed under: {section}', 'Keywords: {section}, {section2}, news',
    '{section} • {section2} • News', 'Categories: {section}'],
  pagination: ['Page {n}', 'Page {n} of {m}', '« Previous 1 2 3 Next »', 'Next page', '1 2 3 … {m}', 'Load more',
    'Continue reading', 'Older posts', 'Show more', '‹ Prev | Next ›'],
  newsletter: ['Subscribe to our newsletter', 'Sign up for our daily briefing', 'Subscribe to our Telegram channel',
    'Get the latest news in your inbox', 'Enter your email address', 'Subscribe', 'Stay tuned with us!',
    'Don’t miss the most important news', 'Join our mailing list', 'Get notified about new articles'],
  copyright: ['Copyright {year} - All Right Reserved', '© {year} {site}. All rights reserved.', 'All rights reserved.',
    '© {site}', 'Copyright © {year} {site}', 'Reproduction is allowed only with a link to the source.',
    'Any use of materials is allowed only with a hyperlink to {site}', '{site} © {year}', 'Privacy Policy | Terms of Use',
    'Powered by WordPress', 'Source link', 'Source: {site}', 'Original article: {site}'],
  readtime: ['{n} min read', 'Reading time: {n} minutes', '{n} minutes read', 'Read time {n} min', '⏱ {n} min',
    'Views: {k}', '{k} views', '👁 {k}', '{n} comments'],
  breadcrumb: ['Home » {section} » {section2}', 'Home » {section} / {section2} » Page {n}', 'Home / {section} / {section2}',
    'Home › {section} › {section2}', 'Main | {section} | {section2}', 'News > {section} > {section2}',
    'Home • {section}', '{site} » {section}'],
  advert: ['Advertisement', 'ADVERTISEMENT', 'Sponsored', 'Ad', '[ad_1]', '[ad_2]', 'Scroll to continue with content',
    'Continue reading below', 'Story continues below advertisement', 'Partner news', 'Promoted content'],
  lorem: ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'Lorem ipsum dolor sit amet',
    'Sed ut perspiciatis unde omnis iste natus error sit voluptatem.', 'Duis aute irure dolor in reprehenderit.'],
};

/** Template words that only pages carry, for furniture lines at the page's top (`{site}` header). */
export const SLOGANS = ['{site} – News from around the world', 'Your trusted source of news', 'Latest News',
  'Breaking News', '{site}', 'News without borders', 'Independent news portal', 'Menu', 'Search', 'Login / Register',
  'Home | News | World | Politics | Contact'];
