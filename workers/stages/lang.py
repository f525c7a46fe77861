"""Language of an update, and the parts of it written in other languages.

Fast and dependency-free: the script of each word decides Greek, Cyrillic,
Latin, Arabic, Hebrew, Devanagari (Hindi), Chinese (Han characters, traditional or simplified), Japanese
(kana among them), Korean (Hangul), Georgian (Mkhedruli), Bengali, Armenian or Ethiopic (Amharic); letters only one language uses (і ї є ґ for Ukrainian,
ы э ъ for Russian, پ چ ژ گ ک ی for Persian, ٹ ڈ ڑ ں ے ھ ہ for Urdu) and short
stopword lists decide within a script. Segments are
sentences and lines, so a Latin name inside a Greek sentence ("το Sky News")
stays Greek, while an English line of an embedded post becomes its own part.
"""

from __future__ import annotations

import functools
import json
import re
from itertools import compress

from events.schema import LangPart
from workers.stages.textnorm import DATA_DIR, Doc, fold


# Short, high-frequency function words (folded). They are also the words a
# capital letter says nothing about at a sentence start.
def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the a an and or of to in on at for from by with as is are was were be been has have had it its this that "
        "these those there their they he she we you i not no but if so than then also after before over into "
        "about against during since while who which what when where why how all more most some any said says "
        "will would could should may can must up out new now just only two one"
    ),
    "el": _words(
        "ο η το οι τα του τησ των τον την τη τουσ τισ στο στη στην στον στα στουσ στισ και να με σε για απο "
        "που δεν θα ειναι ηταν οτι ωσ αλλα ενω μετα πριν κατα προσ χωρισ ενα μια ενασ αυτη αυτο αυτοσ αυτοι "
        "εχει εχουν ειχε οπωσ ομωσ ακομη ακομα επισησ ηδη τι ποιοσ οταν εκει εδω πολυ μονο ουτε ουτε "
        "νωριτερα ειδικοτερα συμφωνα σημερα χθεσ αυριο"
    ),
    "uk": _words(
        "і й та в у на з із зі до від за по про під над що це як але не ні він вона воно вони його її їх "
        "який яка яке які також вже ще було були буде є бути щоб коли де там тут між через після перед "
        "цього цей ця ці також тому однак адже зокрема наразі "
        # Ukrainian's "о" and "об" too ("о 23:00", "об 11-й"): no Russian evidence
        "о об"
    ),
    "ru": _words(
        "и в во на с со к ко по о об от до за из у под над что это как но не ни он она оно они его ее их "
        "который которая которое которые также уже еще было были будет есть быть чтобы когда где там тут "
        "между через после перед этого этот эта эти поэтому однако ведь сейчас"
    ),
    "de": _words(
        "der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich auch es sie er wir "
        "ich wird werden wurde nach bei aus wie oder aber noch nur über"
        # German-only function words: a short German line has few of the shared ones above
        " war hat haben sind sei seit gegen vom zum zur beim ins unter durch wegen laut dass als einer eines "
        "einem keine kein keinen mehr ihre ihr seine seiner diese dieser dieses worden wurden bis vor zwischen "
        "ohne man hatte hatten waren ihren ihrer gibt gab alle allen ganzen um bereits sowie gestern heute neue "
        "neuen neuer wieder mindestens soll sollen kann können nun schon dabei damit doch an"
    ),
    "fr": _words(
        "le la les et est un une des du de en dans pour pas que qui sur au aux avec ce cette il elle ils à "
        "sont ont été par plus ne se son sa ses mais ou selon depuis contre après vers sous entre lors dont chez "
        "aussi déjà très fin"
    ),
    "es": _words(
        "el la los las y es un una unos de del en que por para con no se su sus al lo como más pero fue "
        "han ha este esta sobre entre "
        # words French, Italian and Portuguese lack, so that a short Spanish line ("La policía detuvo a 120
        # manifestantes en Tiflis, informó la BBC") is not taken for French on "la" and "en" alone
        "a y ya tras según durante desde hasta hacia sin muy también otro otra otros otras todo todos "
        "hay son fueron sido están estos estas ese esa esos esas cuando donde porque aunque mientras "
        "contra ante dos tres cada "
        # and the words of a headline without them ("Bombardeo ruso en Járkov deja tres muertos")
        "muertos muerto muertas heridos herido heridas ruso rusa rusos rusas ucraniano ucraniana ucranianos deja "
        "dejan dejó israelí israelíes"
    ),
    # Arabic (folded: أ/إ/آ -> ا, ة -> ه, ى -> ي): not a Latin language, read by its script; listed for
    # is_stopword and the gazetteer's surface rules
    "ar": _words(
        "في من على الى إلى عن مع ان أن إن او أو ما لا لم لن قد كان كانت هذا هذه ذلك تلك التي الذي الذين "
        "بين بعد قبل حتى منذ خلال عند كما ثم بل اي أي كل وفي ومن وعلى وقد وكان انه أنه فيما"
    ),
    # Hebrew (folded: final letters as the others), read by its script like Arabic; listed for is_stopword and
    # the gazetteer's surface rules (its prefixes are written onto the word: these are the free-standing ones)
    "he": _words(
        "של את על עם כי לא גם אך אבל או זה זו הוא היא הם הן יש אין כל עוד אשר מאז לפי בין אחרי לפני כמו רק "
        "אל גם היה היו הייתה"
    ),
    "it": _words(
        "il lo la gli le e è un una di del della in che per con non si sono al alla come più ma anche "
        "questo questa ha hanno dal nel"
        # words Spanish, Portuguese and French lack, so that a short Italian line ("Sirene a Kiev",
        # "Missili russi su Dnipro, due feriti") is not taken for Spanish on "a", "la" and "con" alone
        " dei degli delle dello nella nelle negli nei nello sul sulla sulle sugli sui dalla dalle dagli dai "
        "alle agli allo ai i a ad su da tra fra dopo contro verso senza secondo stato stata stati ci poi però "
        "perché quando mentre tutti tutto tre ogni presso già ancora oggi ieri notte nessun nessuna nessuno "
        "oltre circa quasi molto molti sempre quello quella quelli loro altri altre alcuni"
    ),
    "pt": _words(
        "o a os as e é um uma de do da dos das em no na que por para com não se seu sua ao como mais mas "
        "foi são pelo pela "
        # words Spanish, French and Italian lack (folded: não, após, até, já, também), so that a short
        # Portuguese line ("Sirenes em Kiev", "Não houve feridos") is not taken for Spanish on "de" and "a"
        "não em ao aos à às pelos pelas foram num numa nas dos das nos também após até sem já ainda há tem "
        "têm estão esse essa isso depois segundo dois duas muito outro outra outros outras houve contra durante perto três sob está desde"
    ),
    "nl": _words(
        "de het een en is van in op te dat die niet met voor zijn er aan ook als maar bij"
        # words German, English and the others lack, so that a short Dutch line ("Zelensky heeft in Den Haag
        # premier Schoof ontmoet", "Drie doden bij een drone-aanval op Odessa") is not German on "die" and
        # "in", nor English on "was" and "had"
        " een het heeft hebben werd werden wordt worden naar ook nog geen wel dan deze dit onder sinds "
        "volgens meer tegen hun hij zij wij ons uit tot om na door zich zegt meldt aldus tussen twee drie vier "
        "vijf zes zeven acht negen tien nadat omdat waar wie bij nabij vannacht gisteren vandaag morgen "
        "eerder minstens ruim zeker"
    ),
    "pl": _words(
        "i w z na do nie się że to jest jak po od za przez dla o już jego jej ich oraz który która"
        # words Czech, Slovak and the Romance languages lack, so that a short Polish line ("Zginęło pięć
        # osób, a dwanaście zostało rannych") is not Spanish on "a" alone
        " a ze są był była było były byli będzie został została zostało zostały zostali też także według "
        "podczas przed przy pod nad gdy gdzie lub czy tylko jeszcze jednak iż tego tej tym przeciwko wobec "
        "około ponad które których którzy bez między ona oni mu jako"
    ),
    "sr": _words(
        "je su i u na da od za se iz sa s kod ka koji koja koje kojeg kojem kojoj kojih koju nakon prema tokom "
        "tijekom posle poslije zbog izmedu nije nisu bio bila bilo bili biti ce ali ili kao sto jos vec samo "
        "takode takoder dok gde gdje kada kad jer ni niti ovo ovaj ova taj sve svi nema bez dva dvije tri jedan "
        "jedna jedno oko preko protiv pored iznad godine ljudi osoba navodi javlja prenosi saopstio saopstila "
        "rekao rekla izjavio izjavila pod nad vise manje najmanje gore"
    ),
    # Czech and Slovak only so that their lines are not taken for Polish (they share "na", "do", "po", "za")
    "cs": _words(
        "v ve se je jsou pro při který která které kteří také podle její jejich nebo už jako aby jen ještě "
        "bude byly uvedl uvedla"
        # words Polish lacks, so that a short Czech line ("Letecký poplach na celé Ukrajině skončil") is not
        # Polish on "na" and "bez"
        " jsme není nebyl nebyla nebylo nikdo mezi proti kde když již jeho než před během kvůli "
        "oznámil oznámila oznámilo informoval informovala řekl řekla zatím své svou další dalších lidé "
        "lidí dva dvě tři čtyři noci dnes včera letos zemřel zemřelo zahynul zahynulo zraněno zraněni "
        "dnů vláda vlády prezidenta pondělí úterý středu čtvrtek pátek sobotu neděli války válka válce začátku "
        "útok útoku útoky zůstalo zůstala zůstali elektřiny"
    ),
    "sk": _words(
        "v vo sa je sú bol bola bolo boli pre pri ktorý ktorá ktoré tiež podľa alebo ako len ešte bude "
        "uviedol uviedla"
        # words Polish and Czech lack, so that a short Slovak line ("Rusko v noci odpálilo na Kyjev desiatky
        # rakiet") is not Polish on "na" and "bez"
        " sme nebol nebola nebolo nikto medzi proti kde keď už jeho než pred cez počas kvôli "
        "oznámil oznámila informoval informovala povedal povedala zatiaľ svoje svoju ďalší ďalších viac ľudia "
        "ľudí dve štyri noci dnes včera zahynulo zranení zranených desiatky stovky mesta "
        "aby vláda vlády prezidenta pondelok utorok stredu štvrtok piatok sobotu nedeľu zomrel zomrelo zomreli "
        "vojny vojne vojna začiatku zahynul zahynuli tri útok útoku útoky zostalo zostala zostali elektriny"
    ),
    "tr": _words(
        "ve bir bu da de ile için olarak daha çok gibi ama ne mi"
        # Turkish-only function words and particles: a short Turkish line has few of the shared ones
        " ise veya ya sonra önce kadar göre yana beri üzere tarafından olan ancak fakat ayrıca yok var değil "
        "ki hem tüm bazı hiç şimdi henüz artık dün bugün yarın karşı arasında yönelik nedeniyle "
        "sırasında sonucu ilk iki üç bin kişi"
    ),
    # Indonesian (and Malay): function words no other Latin language here writes ("yang", "dan", "dengan",
    # "tidak", "telah"); "di" (Italian too) and "para" (Spanish) weigh as shared words
    "id": _words(
        "yang dan di ke dari untuk dengan pada dalam ini itu tidak tak akan telah sudah oleh karena juga atau "
        "bahwa sebuah seorang para kata ujar menurut setelah sejak masih lebih sedikitnya lainnya mereka ia dia "
        "kami kita adalah bagi tersebut saat secara hingga sampai tanpa belum ada sejumlah serta namun "
        "tetapi jika agar pun kini lalu usai orang warga pekan kemarin semalam"
        # frequent words of the news that keep a short line without the function words above Indonesian
        # ("Rusia dan Ukraina saling tukar 200 tawanan": "dan" is Dutch too)
        " selama hari tahun besok saling rumah puluhan ratusan ribuan belasan sekitar terhadap melalui tengah "
        "bisa dapat harus sebagai akibat terjadi mengatakan menyatakan pemerintah pihak wilayah daerah guncang"
    ),
    # Romanian (and Moldovan usage; folded: și, în, că, după read si, in, ca, dupa): function words no other
    # Latin language here writes ("și", "că", "pentru", "din", "după", "fost", "s-au" cut into s au);
    # "în", "la", "cu", "de" are shared words, and a post typed without diacritics keeps these ("care" and "morți"
    # are left out: English "care", Italian "morti"); the letters ă ș ț weigh as well (_MARK_LETTERS)
    "ro": _words(
        "și în că pentru cu la din după fost au a s-a s-au se va vor și-au într-un într-o dintr-un dintr-o sunt este "
        "fi iar sau mai ale ai ei lui unui unei unor acest această aceste acești cel cea cei cele fără până "
        "despre spre între asupra lângă potrivit conform când unde cât doar încă deja peste pe prin sub "
        "noi nu niciun nicio nimeni alți alte altor doi două trei patru cinci zeci sute mii de"
        # frequent words of the news that keep a short line without the function words above Romanian
        " anunță relatează declarat spus atac atacul oameni persoane răniți orașul regiunea județul "
        "noaptea ucraineană rusești rusă ruse israeliană guvernul"
    ),
    # Vietnamese (folded: tone and vowel marks dropped, đ read d): syllables no other language here writes as
    # words ("của", "những", "được", "người", "không"); its letters weigh as well (_MARK_LETTERS). Syllables that
    # fold onto another language's word ("la", "con", "se", "de", "tu", "o") are left out.
    "vi": _words(
        "của và các những đã được trong cho với người không một này khi sau đang bị theo cũng nhiều trên "
        "dưới về từ như hơn đến vào ra đó sẽ vẫn chưa rằng nhưng hoặc tại biết"
    ),
    # Swedish (folded: å ä ö read a a o): function words no other language here writes ("och", "att", "är",
    # "inte", "från", "också"); "för", "om", "den", "i", "en", "de" fold onto others' words and are left out, and
    # so are "men", "under", "till", "kan", "dock", everyday words of English or Dutch. Danish and Norwegian
    # share "det", "som", "med", "har", "efter", "blev" and å with it, and are told by their own words and æ, ø.
    "sv": _words(
        "och att det som är med har inte av på vid från efter enligt sedan också eller när där ska blev varit "
        "hade skulle inga ingen minst hela flera mellan även sina sitt deras vara detta dessa jag ett utan "
        "eftersom medan vilket vilka här redan fortfarande kommer måste många annan första två fyra sju åtta "
        "nio tolv sig dess oss inom runt kring natt natten igår idag kväll hittills ännu samtidigt"
        # frequent words of the news that keep a short line without the function words above Swedish
        " dödades skadades dödats skadats omkom gripits uppger uppges meddelar säger sade uppgav rapporterar "
        "skriver personer ryska ryssland ukrainska polisen grep greps misstänkta misstänks tusentals hundratals "
        "demonstrerade regeringen regeringens kriget krigets invånarna myndigheterna räddningstjänsten staden landet "
        "rysk döda dödade skadade evakuerade"
    ),
    # Hungarian (folded: á é í ó ö ő ú ü ű read a e i o o o u u u): function words and suffixed forms no other
    # language here writes ("hogy", "egy", "szerint", "miatt", "közölte"); "a", "és" (Spanish "es"), "nem"
    # (Portuguese), "van" (Dutch), "el", "be", "is", "ma" and "az" (Turkish) fold onto others' words and are left out.
    "hu": _words(
        "hogy egy szerint miatt után között óta közölte közölték amely amelyek amelyet aki akik ahol azt ezt "
        "pedig azonban illetve során alatt felett mellett közelében éjjel éjszaka tegnap több legalább mintegy "
        "újabb volt voltak lesz már még csak vagy mert ha nincs sem senki minden egész ellen elleni "
        "meghalt meghaltak megsebesült megsebesültek életét vesztette halott halottak sebesült sebesültek "
        "jelentette jelentették írja írta mondta állítja cáfolja orosz ukrán izraeli magyar emberek ember embert "
        "rendőrség kormány háború támadás támadást támadásban hétfőn kedden szerdán csütörtökön pénteken "
        "szombaton vasárnap reggel este közben nélkül kezdete óta"
    ),
    # Swahili: function words and the news' frequent words, verb forms with their prefixes (amesema, wameuawa) and
    # the locatives (mjini, nchini); "na", "ya", "la", "za" and "bila" are other languages' words too, and "vita",
    # "polisi", "moja", "wake", "hadi", "sita", "tano", "leo" and "Kongo" other languages' words or names, left out.
    "sw": _words(
        "kwa katika kwamba baada kabla wakati tangu zaidi kati karibu lakini hiyo hilo hizo hicho hivyo yake zake "
        "wao yao mjini nchini mkoani jijini kuwa amesema wamesema imesema limesema alisema walisema watu mtu "
        "usiku asubuhi jioni serikali jeshi wizara rais waziri msemaji mashambulizi shambulio mapigano "
        "wapiganaji wanajeshi raia wakazi wengine kadhaa wasiopungua mujibu hakuna kuhusu dhidi pamoja mwa wiki "
        "wa vya kwenye huku wala ambao ambayo ambapo ambaye mbili tatu nne kumi ishirini elfu laki mmoja wawili "
        "watatu wanne watano wengi mamia maelfu mji kijiji wilaya kaunti mkoa jimbo eneo umoja mataifa marekani "
        "urusi ujerumani uingereza ufaransa ukanda wameuawa wamefariki kujeruhiwa wamejeruhiwa majeruhi vifo "
        "imeripoti imeripotiwa ameongeza tayari yameua yamesababisha kusababisha kufuatia kutokana iliyopita "
        "ijayo mwaka miaka siku habari taarifa mazungumzo amani pendekezo makubaliano kusitisha imekataa amekataa "
        "wamekataa imekubali wamekubaliana vikosi vikwazo msaada wakimbizi waandamanaji maandamano"
    ),
    # Danish and Norwegian (Bokmål), one language to read (folded: ø å read o a, æ kept): function words Swedish
    # spells otherwise ("og" och, "ikke" inte, "af"/"av", "fra" från, "også" också, "mod"/"mot", "etter", "ble",
    # "blitt", "jeg", "hvor", "hvis"); "det", "har", "efter", "blev", "som", "med" are Swedish's too and share;
    # "før", "nå", "så", "får", "går" fold onto other languages' words and "to", "fire", "by", "hus", "et" are
    # English or French words, left out.
    "da": _words(
        "og ikke ikkje af av fra også mod mot til etter efter ble blev blitt blevet bliver blir det har hadde "
        "havde skal vil kunne ville jeg hun hvor hvad hva hvis hvilket kun endnu ennå allerede stadig fortsat "
        "fortsatt mellem mellom blandt blant uden uten mens fordi denne dette disse sig seg sine sit sitt deres "
        "været vært efter ifølge omkring siden nat natt natten døde dræbt dræbte drept drepte såret sårede "
        "skadet skadede omkom omkommet oplyser opplyser oplyste opplyste meldte melder skriver siger sier sagde "
        "mennesker personer russiske ukrainske russisk ukrainsk rusland russland ukraina regeringen regjeringen "
        "myndighederne myndighetene myndigheder myndigheter flere mange tusinder tusenvis hundredvis hundrevis "
        "både eller ingen nogen noen aldrig aldri kommer mindst minst tre seks syv sju otte åtte tolv tyve tjue "
        "landsbyen byen krigen krigens landet"
    ),
    # Azerbaijani (Latin script; the fold keeps ə and reads ı as i): function words and verb forms Turkish
    # spells otherwise ("və" ve, "ilə" ile, "üçün" için, "bildirib" bildirdi, "olub" oldu, "haqqında" hakkında,
    # "heç" hiç); the words both write alike ("bir", "bu", "daha", "ki", "sonra") are Turkish's alone.
    "az": _words(
        "və ilə üçün görə bəri qədər barədə haqqında həm isə heç hələ artıq yenə əvvəl ərzində "
        "nəticəsində səbəbindən tərəfindən yaxınlığında istiqamətində olub olunub edib edilib bildirib deyib "
        "keçirib verib yoxdur deyil nəfər xəbər məlumat məlumatına dövlət şəhər şəhərində ölkə gecə dünən "
        "həlak yaralanıb"
    ),
    # Lithuanian (folded: ą č ę ė į š ų ū ž read a c e e i s u u z): function words and the news' frequent words
    # no other language here writes ("ir", "yra", "buvo", "pagal", "nuo", "praneša", "pasak"); "dėl", "iš", "į"
    # and "su" fold onto Spanish "del", English "is", "i" and "su", and "bus", "bet", "pat" and "jog" are
    # English words, so they are left out.
    "lt": _words(
        "ir yra buvo buvę taip pagal nuo apie kaip arba jau kuris kurie kurių kuri kurios kurį kurią nebuvo "
        "nėra praneša pranešė pasak rašo rašoma teigė teigia sakė sako nurodė pareiškė patvirtino žuvo "
        "žuvusių sužeisti sužeista sužeistas metu prie prieš tarp virš tačiau jų savo šiuo šios šių šią "
        "vakar šiandien naktį miesto mieste žmonės žmonių žmogus daugiau mažiausiai maždaug Lietuvos Rusijos "
        "Ukrainos Baltarusijos Lietuvoje karo kariuomenė srityje srities duomenimis gyventojai gyventojų civiliai "
        "diena dienos galėtų kitos kitų kodėl liko metais ministras praėjusią praėjusį pranešime prezidentas reikia "
        "rytoj šalies šalyje savaitę savaitės šiemet todėl turėtų valandą valandų valdžia vyko vyks vyksta vyriausybė"
    ),
    # Finnish (folded: ä ö read a o): function words, the negation verb and frequent news words no other language
    # here writes ("että", "myös", "mukaan", "ovat", "eivät", "kanssa"); "ja" (Portuguese "já") and "on" (English)
    # weigh as shared words, and "se", "han", "tai" fold onto others' words and are left out. Estonian, which has no
    # code here, writes "ja", "on", "ei", "oli" too: its own words and õ keep its lines from Finnish (_ESTONIAN).
    "fi": _words(
        "ja on ei että eivät ole oli olivat ovat olisi myös mukaan kun kuin joka jotka jossa josta johon jonka "
        "joiden sekä mutta vaan vain vielä jo nyt kaikki kanssa jälkeen aikana vuoksi takia yli noin ainakin lähes "
        "vähintään kertoo kertoi kertovat uutisoi ilmoitti ilmoittaa sanoo sanoi tiedotti kuoli kuolivat "
        "loukkaantui loukkaantuivat loukkaantuneita ihmistä ihmisiä ihmiset tällä tänään eilen huomenna yöllä "
        "aamulla illalla vuonna vuoden sodan alusta lähtien mennessä mitään kukaan hänen heidän sitä niin koska "
        "jos myöhemmin aiemmin alueella alueen kaupungin kaupungissa hallitus poliisi presidentti venäjän "
        "ukrainan venäjä ukraina suomen suomi venäläiset ukrainalaiset israelin välillä vastaan lähellä "
        "koko useita kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen"
    ),
    # Latvian (folded: ā č ē ģ ī ķ ļ ņ š ū ž read a c e g i k l n s u z): function words and the news' frequent words
    # no other language here writes ("tika", "tiek", "bija", "arī", "saskaņā", "pēc", "gāja bojā"); "ir", "kuri",
    # "vakar", "naktī" and "virs" are Lithuanian words too, "ka", "kad", "uz", "ar", "un", "no", "par", "to", "bez"
    # and "jo" other languages' words, so they are left out (a Lithuanian line must keep its whole weight).
    "lv": _words(
        "bija tika tiek tiks arī kas lai vai tikai kur kurš kura kuras kuru kurā tas tās savu savā šis šajā viņš "
        "viņa viņi viņu pēc pie saskaņā vairāk nekā cilvēki cilvēku cilvēks gāja gājuši bojā bojāgājušo ievainoti "
        "ievainots ievainoto šodien rīt tomēr taču tāpēc tādēļ kamēr ziņo ziņoja paziņoja sacīja norādīja teica "
        "apgalvo informēja vēsta raksta laikā gadā gada pilsētā valsts valdība Latvijas Latvijā Latvija Krievijas "
        "Krievija Ukrainas Baltkrievijas Rīgā Rīgas nav nebija līdz starp pret kopš vismaz aptuveni tostarp desmit "
        "divi trīs četri pieci seši septiņi vēl"
    ),
    # Estonian (folded: õ ä ö ü read o a o u): function words and the news' frequent words no other language here
    # writes ("ning", "kui", "mis", "seda", "pärast", "teatas", "hukkus", "vähemalt"); "ja", "on", "ei" and "oli" are
    # Finnish's too and weigh as shared words; "ka", "nad", "või" and "said" fold onto others' words and are left out.
    "et": _words(
        "ja on ei oli olid ning kui mis kes see seda selle need nende tema ta pärast ütles ütlesid ütleb teatas "
        "teatasid teatab hukkus hukkusid hukkunud inimest inimesed inimese aastal aasta mitte samuti veel juba väga "
        "poolt kuid seal siin mida mille kus vigastada vigastatud vahel pole polnud olnud olema kõik "
        "üle alates saadik andmetel teatel sõnul järgi kohal lähedal vastu juures ajal jooksul tõttu eest "
        "ehk kas aga ent nagu kuna sest ümber vahendab vahendas kirjutas kinnitas venemaa eesti vene öösel eile "
        "homme hommikul õhtul kolm neli viis kaks seitse kaheksa üheksa kümme keegi midagi vähemalt umbes "
        "üks ühe nüüd praegu linnas oblasti riigi valitsus politsei väed vägede kohe üles välja kinni tagasi "
        "koos ilma enne hiljem varem eelmisel järgmisel nädalal päeval jätkub ukrainas venemaal eestis tallinnas "
        "ukrainat eestit venemaad ukrainale venemaale sõja sõda inimesi elanikku tuhandeid kinnitasid saadab saatis "
        "tuleb peab võib saab teeb läks jääb teatanud"
        # (Finnish writes "sai", "tuli", "jäi", "siis", "oma", "kohta", "ette", "tänä", "kuus" and "linna" too: left out)
    ),
    # Tagalog / Filipino (a publisher's "fil" read as tl): its markers and function words no other language here
    # writes ("ang", "ng", "mga", "kay", "noong", "ayon", "hindi", "mahigit"). "sa", "na", "si", "ni", "sina", "para",
    # "pero", "din", "pa", "kami", "wala" and "may" are other languages' words (French, Polish, Portuguese,
    # Italian, Spanish, Swedish, Indonesian, Swahili, English) and left out, as are "dito" (Portuguese), "lang" and
    # "mag" (German, Dutch), "bilang" and "kaya" (Indonesian), "ani" (Romanian), "tao" (Portuguese "tão"), and "ay"
    # and "nang", which Vietnamese syllables fold onto ("ấy", "Đà Nẵng": a Spanish line about Da Nang stays Spanish). A
    # Taglish line (English words around them) is Tagalog by these; an English line has none of them.
    "tl": _words(
        "ang ng mga kay noong hindi ito mula ayon dahil nasa kanilang kaniyang kanyang isang ilang matapos "
        "habang bago rin lamang naman hanggang kabilang laban patungo pagitan tungkol upang kung siya tayo nila niya "
        "iyon doon ngayon kahapon kagabi mahigit bababa sabi sinabi kahit ngunit subalit maging walang mayroon natin "
        "kasama gayundin tinatayang umano aniya kabuuang nitong ngayong namang ibang lahat bawat sapagkat samantala "
        "katao sinasabing iniulat nasawi namatay sugatan nasugatan"
    ),
    # Somali: its focus and linking particles and the news' frequent words no other language here writes ("ayaa",
    # "iyo", "waxaa", "wuxuu", "kadib", "sheegay", "magaalada"); "ka", "ku", "la", "u", "in", "ma" and "ah" are other
    # languages' words (Serbian, Estonian, French, Czech, English), "kama" and "kula" Swahili's, "badan" and "wali"
    # Indonesian's, "sida" Swedish's, "dad" English's, so they are left out.
    "so": _words(
        "ayaa ayuu ayay ayey iyo waxaa waxay wuxuu waxuu waxa waxaan waxayna wuxuuna kadib kaddib markii iyadoo "
        "isagoo iyagoo halkaas kuwaas kaas taas ugu uga kaga lagu laga loo kuma lama ee oo waa yahay tahay ahaa "
        "ahayd leh lahaa inay inuu sheegay sheegtay sheegeen yiri tiri xalay shalay maanta saaka caawa dhintay "
        "dhinteen dhaawacmay dhaawacmeen qof qofood ciidamada dowladda dawladda magaalada gobolka degmada deegaanka "
        "wasaaradda madaxweynaha madaxweyne booliska halka hadda weli kale kalena balse laakiin sababo xiriira ilaa "
        "gudaha duleedka agagaarka kumanaan boqollaal saddex toddoba siddeed sagaal toban labaatan soddon afartan "
        "konton boqol yaraan dagaal weerar qarax shacab rayid soomaaliya soomaaliyeed muqdisho mareykanka ruushka "
        "yukreen"
    ),
}
STOPWORDS_ANY = frozenset().union(*STOPWORDS.values())

_LATIN_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "tr", "id", "sr", "ro", "vi", "sv", "hu", "sw", "az", "lt", "da", "fi", "lv", "et", "tl", "so")
# Letters of Turkish that no other Latin language here writes (ı, ğ, ş, İ; Azerbaijani shares them
# but writes ə, Romanian ş but also ă, ţ, ș, ț): each lower-case word with one is a Turkish word.
# Capitalised words are left out: names (Erdoğan, Diyarbakır) stand in text of any language.
# Names take Turkish case endings after an apostrophe ("Gazze'de", "Kiev'e", "Rusya'nın"), and a
# headline in capitals keeps İ, Ş and Ğ ("İSRAİL ORDUSU").
_TR_LETTERS = ("ı", "ğ", "ş", "'", "’", "İ", "Ş", "Ğ")
_TR_WORD_RE = re.compile(
    r"(?<![^\W\d_])[a-zçöüâîû]*[ığş][^\W\d_]*"
    r"|(?<=[^\W\d_])['’](?:n?[ıiuü]n|y?[ıiuüae]|[dt][ae]n?|n[dt][ae]n?|y?l[ae]|d[ae]ki|y?[dt]ı|nı|ni)\b"
    r"|\b[A-ZÇÖÜ]*[İŞĞ][A-ZÇÖÜİŞĞ]{2,}\b"
)
_NOT_TR_RE = re.compile(r"[əƏăĂţŢșȘțȚ]")
_UK_LETTERS = set("ієґ")  # after folding ї→і, ґ→г: і and є remain Ukrainian-only
_RU_LETTERS = set("ыэъ")
_BE_LETTERS = set("ў")
_SR_LETTERS = set("јљњћђџ")
# Letters of the Arabic script that Arabic does not use: Urdu's first (Urdu also writes Persian's)
# (ہ and ۂ, Urdu's "gol he", too: Persian and Arabic write ه)
_UR_LETTERS = frozenset("ٹڈڑںےھۓہۂ")
# Urdu function words in Persian's letters or none ("کی", "کو", "پر", "اور"): two of them make a line without
# Urdu's own letters Urdu ("پولیس کی فائرنگ اور ...")
_UR_WORDS = frozenset(["کی", "کو", "پر", "اور"])
_FA_LETTERS = frozenset("پچژگکی")


# Serbian Cyrillic function words Russian and Ukrainian never write: a Serbian line without ј, љ, њ, ћ, ђ or џ
# ("Руска артиљерија" has them, "Пожар у складишту у Нишу угашен, нема жртава" none) is told by these
_SR_CYRILLIC_WORDS = _words("су од након према нису током због што са нема био била било бити али")
_UK_ONLY = STOPWORDS["uk"] - STOPWORDS["ru"]
_RU_ONLY = STOPWORDS["ru"] - STOPWORDS["uk"]


class _CyrillicEvidence(dict):
    """folded Cyrillic word -> its Ukrainian evidence less its Russian (letters only one language
    uses, and twice each stopword only one has); words with Belarusian or Serbian letters are
    noted in _BE_WORDS and _SR_WORDS, words of Bulgarian evidence in _BG_WORDS. Words repeat: each is
    weighed once."""

    def __missing__(self, w: str) -> int:
        if any(map(w.__contains__, _BE_LETTERS)):
            _BE_WORDS.add(w)
        elif (
            w in _BE_ONLY_WORDS
            or ("і" in w and ("ы" in w or "э" in w or "ё" in w))
            or (len(w) > 4 and w.endswith(_BE_ENDINGS))
        ):
            _BE_LIKELY.add(w)
        if any(map(w.__contains__, _SR_LETTERS)):
            _SR_WORDS.add(w)
        if _is_bg_word(w):
            _BG_WORDS.add(w)
        if not _UNREAD_LETTERS.isdisjoint(w):
            # (in order: a word with ә and ң is Kazakh)
            _UNREAD_WORDS[w] = next(lang for lang, own in _UNREAD_CYRILLIC if not own.isdisjoint(w))
        uk = sum(map(w.count, _UK_LETTERS)) + 2 * (w in _UK_ONLY)
        ru = sum(map(w.count, _RU_LETTERS)) + 2 * (w in _RU_ONLY)
        score = self[w] = uk - ru
        return score


_CYRILLIC_EVIDENCE = _CyrillicEvidence()
_BE_WORDS: set[str] = set()
_BE_LIKELY: set[str] = set()  # words of Belarusian evidence without ў (_BE_ONLY_WORDS, і with ы or э)
# Belarusian words neither Russian nor Ukrainian writes (nor Serbian or Bulgarian: "што", "па", "да" are theirs
# too): a Belarusian line without ў ("Пяскоў" has it, "Адбой трывогі ў Кіеве" too, "Курс даляра вырас да 3,27
# рубля" not) is told by these and by a word with both і and ы or э, letters Ukrainian and Russian each write
# only one of
# verbs' endings neither writes: "ваяваць", "кажуць", "могуць", "паведамляюць" (Russian -ать/-ут, Ukrainian -ати/-уть)
_BE_ENDINGS = ("аць", "ыць", "уць", "юць", "эць")
_BE_ONLY_WORDS = _words(
    "гэта гэты гэтая гэтым гэтага гэтай гэтыя пра праз паводле каля ён яны якія якая якое таксама "
    "цяпер яшчэ сёння учора уначы ноччу пасля пасьля супраць паміж дзе былі чалавек чалавека "
    "чалавекі людзей паведаміў паведаміла паведамілі паведамляе паведамляюць заявіў заявіла заявілі "
    "сказаў сказала вобласці вобласць горадзе раёне мяжы мяжу мяжа ад гадзін хвілін тысячы"
)
_SR_WORDS: set[str] = set()
_BG_WORDS: set[str] = set()  # words of Bulgarian evidence (_is_bg_word), noted as they are weighed

# Bulgarian: words no Russian or Ukrainian text writes ("е", "са", "във", "се", "според", "който", "двама";
# "ще" is Ukrainian too, and weighs there), endings of the postposed article that neither writes
# ("войната" no, it is Russian's "-ата" too: "инвазията", "министерството", "руската", "военният"), and
# ъ before a consonant or a vowel other than е/ю/я ("съобщи", "пазарът"), which Russian writes only
# after a prefix ("объявил") or, in old spellings, at a word's end ("Коммерсантъ")
_BG_ONLY_WORDS = _words(
    "е са бе ще във със се му като към това тази този тези който която което които няма нямаше беше бяха "
    "според срещу след през обаче още вече днес сега където когато докато защото чрез нито заяви обяви каза "
    "най двама трима четирима петима шестима двете стотици хиляди десетки"
)
_BG_ENDINGS = ("ията", "нието", "ството", "ността", "ската", "ското", "ските", "ския", "ият", "ното", "ните", "лите")
_BG_HARD_SIGN_RE = re.compile("ъ[^еёюя\\W]")


def _is_bg_word(w: str) -> bool:
    return w in _BG_ONLY_WORDS or w.endswith(_BG_ENDINGS) or ("ъ" in w and _BG_HARD_SIGN_RE.search(w) is not None)


# Cyrillic languages read with no lexicon of their own, told by letters only they write: Tajik ҷ (its ӣ and ӯ fold
# to и and у), Kazakh ә ұ and қ ғ һ, Kyrgyz ң ө ү, noted per folded word as its evidence is weighed; Macedonian
# by ѓ and ќ in the raw text (folding makes them г and к) or ѕ.
_UNREAD_CYRILLIC = (("tg", frozenset("ҷ")), ("kk", frozenset("әұқғһ")), ("ky", frozenset("ңөү")), ("mk", frozenset("ѕ")))
_UNREAD_LETTERS = frozenset().union(*(own for _, own in _UNREAD_CYRILLIC))
_UNREAD_WORDS: dict[str, str] = {}  # folded word -> the language its letters tell


def _unread_cyrillic(words: list[str]) -> str | None:
    """The first of _UNREAD_CYRILLIC whose letters the words write (Kazakh writes Kyrgyz's ң ө ү too)."""
    found = {_UNREAD_WORDS[w] for w in words if w in _UNREAD_WORDS}
    return next((lang for lang, _ in _UNREAD_CYRILLIC if lang in found), None)


def _cyrillic_lang(words: list[str], hint: str | None) -> str | None:
    if len(_CYRILLIC_EVIDENCE) > 100_000:  # bounded, and never emptied halfway through a text
        _CYRILLIC_EVIDENCE.clear()
        _BE_WORDS.clear()
        _BE_LIKELY.clear()
        _SR_WORDS.clear()
        _BG_WORDS.clear()
        _UNREAD_WORDS.clear()
    # (the words' evidence first: it notes the Belarusian, Serbian, Bulgarian and unread ones)
    score = sum(map(_CYRILLIC_EVIDENCE.__getitem__, words))
    if _UNREAD_WORDS and not _UNREAD_WORDS.keys().isdisjoint(words):
        return _unread_cyrillic(words)
    if not _BE_WORDS.isdisjoint(words):
        return "be"
    if not _BE_LIKELY.isdisjoint(words):
        # two Belarusian words, one where the publisher says Belarusian, or one that no Ukrainian or Russian
        # evidence outweighs or that stands without a Ukrainian or Russian function word
        be = len(_BE_LIKELY.intersection(words))
        if be >= 2 or hint == "be" or be >= abs(score) or (_RU_ONLY.isdisjoint(words) and _UK_ONLY.isdisjoint(words)):
            return "be"  # (ы weighs for Russian, and Belarusian writes it too: no Russian function word, no Russian)
    if not _SR_WORDS.isdisjoint(words):
        return "sr"
    # Serbian words against Bulgarian ones: "нема", "од", "након" are Serbian's, "няма", "от", "след" Bulgarian's
    serbian = sum(map(_SR_CYRILLIC_WORDS.__contains__, words))
    bg = 0 if _BG_WORDS.isdisjoint(words) else sum(map(_BG_WORDS.__contains__, words))
    if serbian > abs(score) and serbian >= bg:  # Ukrainian "нема" weighs less than the і of the line around it
        return "sr"
    # two Bulgarian words make a sentence Bulgarian, unless its Ukrainian evidence outweighs them
    if (bg >= 2 and bg > score) or (hint == "bg" and score <= bg):
        return "bg"
    if score == 0:
        return hint if hint in ("uk", "ru", "be", "bg", "sr") else None
    return "uk" if score > 0 else "ru"


# Persian function words no Arabic text writes (folded: ی and ک are read as ي and ك, so a Persian word
# typed with either ya has only its پ چ ژ گ, if any, to tell it): "را" (the object's marker), "از", "در",
# "به", "با", "این", "است", the verbs' "شد", "کرد" and their plurals, "برای", "نیز", "می" apart.
_FA_WORDS = _words(
    "را از در به با این است اند بود شد شدند شده کرد کردند کرده برای نیز می نمی یک دو سه چند که ها های خود تا"
)


# Letters of the Arabic script only Pashto writes here: ټ ډ ړ (its retroflexes, written with a ring where Urdu
# writes ٹ ڈ ڑ with a small ta), ښ ږ ځ څ ګ ڼ, and the ya forms ې and ۍ. A word with one is a Pashto word
# ("ټپیان", "ډېر", "کې", "چې"), though a name written the Pashto way ("ننګرهار", "پښتونخوا") stands in Persian
# and Urdu text too: two such words and one in six make a line Pashto.
_PS_LETTERS = frozenset("ټډړښږځڅګڼېۍ")
# Pashto function words in letters other languages share: "د" (of), "په" (in, with), "ته" (to), "پر" (on; Urdu's
# too), "شو", "شوه", "شول", "شوي" (became, were), "وشو", "وشوه", "وشول" (happened), "وو" (were), "سره" (with),
# "یو" (one), "دا" (this), "کال" (year). No other language here writes "د" or "په" as a word.
_PS_WORDS = _words("د په ته پر شو شوه شول شوي شوی وشو وشوه وشول وو سره یو دا کال")


def _arabic_script_lang(words: list[str], raw: str | None = None) -> str:
    """Arabic, or Persian or Urdu when one word in eight has letters of theirs (a name or two
    in Persian letters leave an Arabic text Arabic), or is a Persian function word; Pashto when two words and
    one in six have its letters or are its function words, and more than have Urdu's. The letters are
    read on the raw words (`raw`, when given): folding writes Persian ی and ک as Arabic ي and ك."""
    ur = fa = ps = 0
    for w in raw.split() if raw else words:
        letters = set(w)
        if not _PS_LETTERS.isdisjoint(letters):
            ps += 1
        if not _UR_LETTERS.isdisjoint(letters):
            ur += 1
        elif not _FA_LETTERS.isdisjoint(letters):
            fa += 1
    ps += sum(map(_PS_WORDS.__contains__, words))
    if ps >= 2 and ps * 6 >= len(words) and ps > ur:
        return "ps"
    if not ur and fa:
        own = sum(map(_UR_WORDS.__contains__, raw.split() if raw else words))
        if own >= 2:
            ur = own
    if not ur:
        fa = max(fa, sum(map(_FA_WORDS.__contains__, words)))
    n = len(words)
    if ur and (ur + fa) * 8 >= n:
        return "ur"
    if fa and fa * 8 >= n:
        return "fa"
    return "ar"


# word -> the Latin-script languages whose stopword it is (one pass instead of one per language)
_LATIN_STOP: dict[str, tuple[str, ...]] = {}
for _lang in _LATIN_LANGS:
    for _w in STOPWORDS[_lang]:
        _LATIN_STOP[_w] = (*_LATIN_STOP.get(_w, ()), _lang)


# Folded word endings typical of one language, weighed only to break a tie of stopwords: a short line
# has few of them, and "en", "la", "de", "un" are French and Spanish alike ("Sirenas en Kiev").
_TIE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("o", "os", "as", "cion", "ciones", "dad", "dades", "ada", "ida"),
    # Italian plurals in -i and -e where Spanish and Portuguese write -os, -as and -es ("morti", "sirene");
    # not -ki, -ei or -ii ("Zelenski", German "drei")
    "it": (
        "ti",
        "ri",
        "li",
        "ni",
        "si",
        "mi",
        "ci",
        "di",
        "pi",
        "hi",
        "gi",
        "zi",
        "vi",
        "ene",
        "ione",
        "ioni",
        "ato",
        "ata",
        "ate",
        "ito",
        "ita",
        "ite",
        "cco",
        "tto",
        "gli",
        "are",
        "ere",
    ),
    # Portuguese -ção/-ções/-são (folded cao, coes, sao), -ões, -agem, -eiro
    # and the past tense in -ou (lançou, atacou, chegou)
    "pt": ("cao", "coes", "sao", "oes", "aes", "agem", "eiro", "eira", "ou"),
    # Indonesian suffixes: -kan and -nya (menetapkan, korbannya)
    "id": ("kan", "nya", "ngan"),
    "pl": ("ych", "ymi", "ego", "emu", "owie", "ami", "ach", "iej", "ow", "cy", "sz", "cz"),
    # Serbian, Croatian and Bosnian against Czech and Slovak on a shared "je": -ija/-ije (Czech -ie), the past in
    # -ao/-io/-eo (rekao, bio; Czech -al, -il), the present in -aju/-uju, the instrumental in -om/-ama/-ima
    "sr": ("ija", "ije", "iji", "iju", "ao", "io", "eo", "aju", "uju", "ama", "ima", "om", "ila", "ali", "ili"),
    # Finnish case endings (folded: -ssä, -stä, -llä read -ssa, -sta, -lla) and -nen
    "fi": ("ssa", "sta", "lla", "lta", "lle", "ksi", "nen", "iin", "aan", "ita", "ista", "uun", "ttiin"),
    # Estonian case and verb endings Finnish does not write (-sse, -ga, -tud, -nud, -sid, -takse)
    "et": ("sse", "ga", "tud", "nud", "sid", "dest", "tega", "takse", "tele"),
}

# Letters one Latin language writes and its neighbours do not (the raw text: folding drops them). A word
# with one counts as a stopword of that language; a capitalised one, a name ("Lech Wałęsa said"), weighs
# less. Czech and Slovak letters keep their lines from being read as Polish (they share "na", "do", "z").
_MARK_LETTERS: dict[str, frozenset[str]] = {
    "pl": frozenset("ąęłńśźżĄĘŁŃŚŹŻ"),
    # ý, ť, ď and ň: Czech and Slovak both, no other Latin language here (Polish writes none of them)
    "cs": frozenset("ěřůĚŘŮýťďňÝŤĎŇ"),
    "sk": frozenset("ľĺŕĽĹŔýťďňÝŤĎŇ"),
    "sr": frozenset("đĐ"),
    # Romanian ă ș ț and the cedilla ţ (ş is Turkish too; â and î are French and Turkish too)
    "ro": frozenset("ășțţĂȘȚŢ"),
    # Vietnamese ơ ư ĩ ũ and the letters with two marks or a dot below (U+1EA0-U+1EF9: ắ ề ộ ữ ạ ị); ă â đ ê ô are
    # other languages' too
    "vi": frozenset("ơưĩũƠƯĨŨ" + "".join(map(chr, range(0x1EA0, 0x1EFA)))),
    # å: Swedish, Danish and Norwegian (a word with it counts for each); ä and ö are German and Finnish too
    "sv": frozenset("åÅ"),
    # æ and ø: Danish and Norwegian alone write them (Swedish writes ä and ö)
    "da": frozenset("æøåÆØÅ"),
    # ő and ű: Hungarian alone writes them (ö and ü are German and Turkish too)
    "hu": frozenset("őűŐŰ"),
    # ə: Azerbaijani alone writes it (its ı, ğ, ş, ç, ö, ü are Turkish letters too)
    "az": frozenset("əƏ"),
    # ė, į and ų: Lithuanian alone writes them (ą and ę are Polish too, č š ž Czech and Slovak, ū Latvian)
    "lt": frozenset("ėįųĖĮŲ"),
    # ā ē ī ģ ķ ļ ņ: Latvian alone writes them (ū is Lithuanian too, č š ž Czech and Slovak)
    "lv": frozenset("āēīģķļņĀĒĪĢĶĻŅ"),
}
_MARKED = frozenset().union(*_MARK_LETTERS.values())
# one C-level search of a text for them (a set's isdisjoint hashes every character: 5% of enrich)
# A figure's ordinal ending ("17-й", "5-го", "3-ї") and a model's letters before its number ("С-300", "Х-101",
# "Ту-95"): Russian and Ukrainian write them alike, so they weigh for neither ("с" and "й" would)
# (found once a text, the words they are by their first character: a regex a word cost enrich 12% of its instructions)
_FIGURE_AFFIX_RE = re.compile(r"(?<=\d-)[^\W\d_]{1,3}(?![^\W\d_])|(?<![^\W\d_])[^\W\d_]{1,3}(?=-\d)")
_MARKED_RE = re.compile("[" + "".join(sorted(_MARKED)) + "]")
_MARK_NAME_WEIGHT = 0.25
# Romanian names (Chișinău, Constanța, Iași) stand in the news of every language about Romania and Moldova
# and Vietnamese ones (Nguyễn, Hà Nội, Đà Nẵng) in the news of every language about Vietnam
_MARK_NAME_WEIGHTS = {"ro": 0.0, "vi": 0.0}
# A Czech or Slovak publisher's word weighs as one stopword of its language: a short line of theirs may hold no word
# Polish or Spanish lack ("Protivzdušná obrana zostrelila nad Kyjevom 15 rakiet": Polish "nad"), and their
# prepositions are Polish ones
# and a Swedish one: "Flyglarm i Kiev" has no Swedish function word, and "i" is four languages'
# and a Hungarian one: "Légiriadó Kijevben" has no function word
# and an Azerbaijani one: "Bakıda partlayış" has no function word, and its ı is Turkish's letter too
# and a Lithuanian or a Finnish one: "Sprogimas Vilniuje", "Ilmahälytys Kiovassa" have no function word
# and a Latvian one: "Sprādziens Rīgā" has no function word
# and an English one: a short English line may hold another language's one word ("Erdogan called Netanyahu a war
# criminal": German "war"; "Putin met Xi in Moscow": Dutch "met")
_HINT_WEIGHT = {"cs": 1.0, "sk": 1.0, "sv": 1.0, "hu": 1.0, "az": 1.0, "lt": 1.0, "da": 1.0, "fi": 1.0, "lv": 1.0, "et": 1.0, "en": 1.0}
# Letters of Latvian that Lithuanian never writes (ā ē ī ģ ķ ļ ņ): a line with them is no Lithuanian line, though
# the two share words ("ir" is Latvian's "is")
_NOT_LT_RE = re.compile("[āēīģķļņĀĒĪĢĶĻŅ]")
# A lower-case word with ä or ö: Swedish, German, Finnish, never Danish or Norwegian (names aside: "Göteborg")
_NOT_DA_RE = re.compile(r"(?<!\w)[a-zåäöüéè]*[äö]")
# and letters of Lithuanian that Latvian never writes (ė į ų, and ą ę): a line with them is no Latvian line
_NOT_LV_RE = re.compile("[ėįųąęĖĮŲĄĘ]")

# Estonian has no code here, and writes Finnish's "ja", "on", "ei", "oli" and ä, ö: a line with õ, with a lower-case
# word with ü (Finnish writes ü only in foreign names), or with a word Finnish never writes is no Finnish line
_ESTONIAN_WORDS = _words(
    "ning ka kui mis kes see seda selle pärast ütles teatas hukkus hukkusid hukkunud inimest inimesed "
    "aastal mitte samuti veel juba väga poolt kuid nad tema nende seal siin mida mille kus vigastada vigastatud "
    "said vahel"
)
_ESTONIAN_LETTERS_RE = re.compile(r"õ|Õ|(?<![^\W\d_])[a-zäö]*ü")
_UMLAUT_WORD_RE = re.compile(r"(?<![^\W\d_])[a-zäöüõšž]*[õäöü]")


def _letter_marks(raw: str) -> dict[str, float]:
    """Evidence of the marked letters in a segment's raw text: language -> weight."""
    marks: dict[str, float] = {}
    for w in raw.split():
        if _MARKED.isdisjoint(w):
            continue
        for lang, letters in _MARK_LETTERS.items():
            if not letters.isdisjoint(w):
                weight = _MARK_NAME_WEIGHTS.get(lang, _MARK_NAME_WEIGHT) if w[:1].isupper() else 1.0
                marks[lang] = marks.get(lang, 0.0) + weight
    return marks
_TIE_MIN_LEN = 4


def _tie_break(words: list[str], tied: list[str]) -> str:
    """The tied language whose typical endings the words show most; the first tied one when none do.
    A word counts for the language whose ending it matches longest ("colpito": Italian -ito, "evacuacao":
    Portuguese -cao, not Spanish -o)."""
    with_endings = [lang for lang in tied if lang in _TIE_ENDINGS]
    if not with_endings:
        return tied[0]
    counts: dict[str, int] = {}
    for w in words:
        if len(w) < _TIE_MIN_LEN:
            continue
        best_lang, best_len = None, 0
        for lang in with_endings:
            k = max((len(e) for e in _TIE_ENDINGS[lang] if w.endswith(e)), default=0)
            if k > best_len:
                best_lang, best_len = lang, k
        if best_lang is not None:
            counts[best_lang] = counts.get(best_lang, 0) + 1
    best, best_n = tied[0], 0
    for lang in with_endings:
        if counts.get(lang, 0) > best_n:
            best, best_n = lang, counts[lang]
    return best


# A line with no telling function word ("Alerta antiaérea en Kiev": "en" is French too; "Cutremur în Vrancea")
# is told by its content words: those of each Latin-script language's lexicon, of five letters or more (shorter
# ones are shared too often), whole words and stems ("explozi*"), folded as the text is.
_LEXICON_MIN_LEN = 5


@functools.cache
def lexicon_words() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, str], ...]]]:
    """(word -> the languages whose lexicon lists it, first five letters -> (stem, language) of the stems)."""
    words: dict[str, set[str]] = {}
    stems: dict[str, set[tuple[str, str]]] = {}
    for lang in _LATIN_LANGS:
        path = DATA_DIR / f"lexicon_{lang}.json"
        if not path.exists():
            continue
        for concept, patterns in json.loads(path.read_text(encoding="utf-8")).items():
            if concept.startswith("_") or not isinstance(patterns, list):
                continue
            for w in (w for p in patterns if isinstance(p, str) for w in fold(p).split()):
                if w.endswith("*") and len(w) > _LEXICON_MIN_LEN and w[:-1].isalpha():
                    stems.setdefault(w[:_LEXICON_MIN_LEN], set()).add((w[:-1], lang))
                elif len(w) >= _LEXICON_MIN_LEN and w.isalpha():
                    words.setdefault(w, set()).add(lang)
    return (
        {w: tuple(sorted(langs)) for w, langs in words.items()},
        {k: tuple(sorted(v)) for k, v in stems.items()},
    )


# Danish and Norwegian write many of German's and Swedish's compounds alike ("luftalarm"): a line of theirs without a
# function word is told by æ and ø or the publisher's word, and their lexicon takes no share of another's short line
# Tagalog writes English words in its lines (Taglish: airstrike, missile, curfew) and lexicon_tl lists some of them: a
# Tagalog line is told by its markers (ang, ng, mga), and its lexicon takes no share of another language's short line
# Somali: lexicon_so lists short clitics and words other languages write ("ku", "ka", "dab", "bas"); a Somali line is
# told by its particles (ayaa, iyo, ee, waxaa), and its lexicon takes no share of another language's short line
_LEXICON_VOTE_LANGS = tuple(lang for lang in _LATIN_LANGS if lang not in ("da", "tl", "so"))


def _lexicon_vote(words: list[str], among: tuple[str, ...] | list[str]) -> str | None:
    """The one language among `among` whose lexicon knows the most of the words (a word several know counts
    a share for each), or None (a tie, or less than one word's worth)."""
    exact, stems = lexicon_words()
    votes: dict[str, float] = {}
    for w in words:
        if len(w) < _LEXICON_MIN_LEN:
            continue
        # a word listed whole, else the longest stems it starts with ("bombardamento": Italian, not the
        # Turkish "bomba*")
        langs = set(exact.get(w, ())).intersection(among)
        if not langs:
            matched = [(len(stem), lang) for stem, lang in stems.get(w[:_LEXICON_MIN_LEN], ()) if lang in among and w.startswith(stem)]
            longest = max(matched, default=(0, ""))[0]
            langs = {lang for n, lang in matched if n == longest}
        for lang in langs:
            votes[lang] = votes.get(lang, 0.0) + 1 / len(langs)
    top = max(votes.values(), default=0.0)
    best = [lang for lang, n in votes.items() if n == top]
    return best[0] if len(best) == 1 and top >= 1 else None  # (at least one word of its own)


# Languages read with no lexicon of their own, named by words only they write, so that `lang` tells the truth
# and their words are read with every lexicon of their script rather than with one other language's (a
# Catalan line was Romanian, a Slovene one English). Two of these words, and more than any language read here.
_UNREAD_LATIN: dict[str, frozenset[str]] = {
    "ca": _words(
        "amb els dels pels aquesta aquest aquests aquestes també perquè molt seva seves fins avui ahir nit almenys "
        "setmana vinent segons després ciutat ferits dilluns dimarts dimecres dijous divendres dissabte diumenge"
    ),
    "sl": _words(
        "ki tudi ter ker jih bodo lahko vendar včeraj danes zaradi ljudje trije štirje bil najmanj kot oziroma "
        "sicer jutri sporočil sporočila sporočili dejal dejala poročajo"
    ),
    "sq": _words("dhe një është janë ishte gjatë sipas kanë që tha nuk edhe gjithashtu pasi"),
    "uz": _words(
        "bilan uchun esa emas edi haqida boʻyicha qilindi qilgan boʻldi berdi xabar natijasida tomonidan yilda kuni"
    ),
}
_UNREAD_LATIN_OF = {w: lang for lang, ws in _UNREAD_LATIN.items() for w in ws}
_UNREAD_MIN = 2
_UNREAD_BELOW = 4  # a line with this many function words of a language read here is that language's


def _unread_latin(words: list[str], against: float) -> str | None:
    """The language without a lexicon whose own words outnumber `against` (the best read language's), if any."""
    if _UNREAD_LATIN_OF.keys().isdisjoint(words):  # nearly every line
        return None
    counts: dict[str, int] = {}
    for lang in filter(None, map(_UNREAD_LATIN_OF.get, words)):
        counts[lang] = counts.get(lang, 0) + 1
    lang = max(counts, key=counts.__getitem__)
    return lang if counts[lang] >= _UNREAD_MIN and counts[lang] > against else None


_NOT_FI_LANGS = tuple(lang for lang in _LEXICON_VOTE_LANGS if lang != "fi")


def _estonian(words: list[str], raw: str) -> bool:
    """Estonian evidence in a segment: a word Finnish never writes, õ, or a lower-case word with ü."""
    return not _ESTONIAN_WORDS.isdisjoint(words) or _ESTONIAN_LETTERS_RE.search(raw) is not None


def _latin_lang(
    words: list[str], hint: str | None, tr_words: int = 0, marks: dict[str, float] | None = None, raw: str = ""
) -> str:
    """`tr_words`: lower-case words with letters only Turkish writes (-1: letters Turkish lacks); `marks`:
    language -> the weight of the words written with letters only it writes among these (Polish ą ę ł,
    Portuguese ã õ and half for ç, which French shares); `raw`: the segment as written (Latvian and Estonian letters)."""
    counts: dict[str, float] = dict(marks) if marks else {}
    for langs in filter(None, map(_LATIN_STOP.get, words)):  # the stopwords alone
        # a word several languages share is weaker evidence for each ("die" is German and
        # Dutch, "in" five languages'): shared words alone must not outvote "der"
        share = 1 / len(langs)
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + share
    if hint in _HINT_WEIGHT:
        counts[hint] = counts.get(hint, 0) + _HINT_WEIGHT[hint]
    if tr_words > 0:
        counts["tr"] = counts.get("tr", 0) + tr_words
    elif tr_words < 0:
        counts.pop("tr", None)  # Azerbaijani or Romanian letters: no Turkish line
    if "lt" in counts and _NOT_LT_RE.search(raw):
        del counts["lt"]  # Latvian letters: no Lithuanian line
    if "da" in counts and _NOT_DA_RE.search(raw):
        del counts["da"]  # ä or ö in a lower-case word ("döda"): Danish and Norwegian write æ and ø
    if "lv" in counts and _NOT_LV_RE.search(raw):
        del counts["lv"]  # Lithuanian letters: no Latvian line
    if "fr" in counts and "et" in counts and (counts["fr"] <= 1 or _UMLAUT_WORD_RE.search(raw)):
        # Estonian "et" (that) is no French "et": beside Estonian evidence, French's one word, or a lower-case word
        # with õ ä ö ü, which French never writes
        del counts["fr"]
    if "fi" in counts and counts["fi"] >= max(counts.values()) and _estonian(words, raw):
        counts.pop("fi")  # an Estonian line ("Harkivis hukkus kolm inimest, teatas kuberner"), whatever the hint
        hint = None if hint == "fi" else hint
    best, best_n = "en", 0.0
    for lang in _LATIN_LANGS:
        n = counts.get(lang, 0)
        if n > best_n:
            best, best_n = lang, n
    if best_n < _UNREAD_BELOW and hint not in _LATIN_LANGS and (unread := _unread_latin(words, best_n)) is not None:
        return unread
    if hint in _LATIN_LANGS and (counts.get(hint, 0) == best_n or best_n < 1):
        # no stopword, or a tie ("à" folds to English "a"): the publisher's word; and so where no language has
        # one word of its own ("Sirenen warnten in Kiew vor Luftangriffen": "vor" is Romanian's too, "in" five
        # languages'; "Drei Tote in Cherson, meldet dpa")
        return hint
    tied = [lang for lang in _LATIN_LANGS if counts.get(lang, 0) == best_n]
    if best_n < 1 and hint is None:
        # not one function word of its own ("in" is five languages'): its content words, if a lexicon knows them
        voted = _lexicon_vote(words, _NOT_FI_LANGS if _estonian(words, raw) else _LEXICON_VOTE_LANGS)
        if voted is not None:
            return voted
    if len(tied) > 1 and best_n:
        return _lexicon_vote(words, tied) or _tie_break(words, tied)
    return best


def _turkish_words(raw: str) -> int:
    """Lower-case words of a raw segment with letters only Turkish writes; -1 when the segment has
    letters Turkish lacks (ə of Azerbaijani, ă ţ ș of Romanian), or such a word with q or x (Azerbaijani)."""
    if not any(map(raw.__contains__, _TR_LETTERS)):
        return 0
    if _NOT_TR_RE.search(raw):
        return -1
    found = _TR_WORD_RE.findall(raw)
    if any("q" in w or "x" in w for w in found):
        return -1  # Azerbaijani: Turkish writes no q or x beside ı, ğ, ş ("yağacaq", "yanğın" with "qüvvələri")
    return len(found)


def _classify(
    words: list[str], scripts: list[str], hint: str | None, raw: str = "", marks: dict[str, float] | None = None
) -> tuple[str | None, int]:
    """Language of a run of words (None: Cyrillic without evidence), and how many letters back it."""
    if not words:
        return (hint or "und"), 0
    mixed = scripts.count(scripts[0]) != len(scripts)
    if not mixed:  # one script, the usual case
        sc, n = scripts[0], sum(map(len, words))
    else:
        counts: dict[str, int] = {}
        for w, s in zip(words, scripts, strict=True):
            counts[s] = counts.get(s, 0) + len(w)
        sc = max(counts, key=counts.__getitem__)
        n = counts[sc]
    if sc == "greek":
        return "el", n
    if sc == "cyrillic":
        if mixed:
            words = [w for w, s in zip(words, scripts, strict=True) if s == sc]
        if raw and ("ѓ" in raw or "ќ" in raw or "Ѓ" in raw or "Ќ" in raw):
            return "mk", n
        return _cyrillic_lang(words, hint), n
    if sc == "latin":
        if mixed:
            words = [w for w, s in zip(words, scripts, strict=True) if s == sc]
        return _latin_lang(words, hint, _turkish_words(raw) if raw else 0, marks, raw), n
    if sc == "arabic":
        if mixed:
            words = [w for w, s in zip(words, scripts, strict=True) if s == sc]
        return _arabic_script_lang(words, raw), n
    if sc == "hebrew":
        return "he", n
    if sc == "devanagari":  # Hindi, unless the publisher says Marathi or Nepali (same letters)
        return (hint if hint in ("mr", "ne") else "hi"), n
    if sc in ("han", "kana"):
        # Han characters are Chinese, traditional or simplified, unless kana stand among them (Japanese)
        return ("ja" if "kana" in scripts else "zh"), n
    if sc == "hangul":
        return "ko", n
    if sc == "georgian":  # Mkhedruli: only Georgian writes it here (Mingrelian and Svan are not read)
        return "ka", n
    if sc == "bengali":  # Bengali, unless the publisher says Assamese (same letters)
        return (hint if hint == "as" else "bn"), n
    if sc == "armenian":  # the Armenian script: only Armenian writes it (Eastern and Western alike)
        return "hy", n
    if sc == "ethiopic":  # the Ethiopic script: Amharic, unless the publisher says Tigrinya (or Ge'ez, Tigre)
        return (hint if hint in ("ti", "gez", "tig") else "am"), n
    return (hint or "und"), n


# Letters of Portuguese words that Spanish, Italian and English never write: ã and õ (-ção, não, -ões) weigh
# as a stopword, ç (lançou, Moçambique) half of one, as French writes it too (français, reçu).
# Portuguese writes õ before e alone (-ões, põe); Estonian writes it anywhere (kõlavad, võrgu, lõppes, sõda): an õ
# before another letter is Estonian's (_ET_WORD_RE), no Portuguese mark. (_PT_LETTERS_RE, a class of letters, is the
# fast look at every text; the words are weighed apart.)
_PT_LETTERS_RE = re.compile("[ãõçÃÕÇ]")
_PT_STRONG_RE = re.compile("[ãÃ]|[õÕ][eE]")
_PT_CEDILLA_RE = re.compile("[çÇ]")
_ET_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]*[õÕ](?![eE])[^\W\d_]*")


def _et_marks(segment: str) -> float:
    """Words of a segment with an Estonian õ (not before e): 1 each, a capitalised one (a name: Tõnis, Põltsamaa)
    a quarter."""
    return sum(1.0 if w[:1].islower() else _MARK_NAME_WEIGHT for w in _ET_WORD_RE.findall(segment))


# Letters Portuguese never writes: a segment with them is no Portuguese, whatever its ç ("birkaç köyden
# çekildi" is Turkish)
_NOT_PT_RE = re.compile("[ıİğĞşŞöÖäÄëËßąĄęĘłŁńŃśŚźŹżŻřŘěĚůŮ]")


def _pt_marks(text: str, starts: list[int], ends: list[int]) -> float:
    if not _PT_LETTERS_RE.search(text, starts[0], ends[-1]) or _NOT_PT_RE.search(text, starts[0], ends[-1]):
        return 0.0
    marks = 0.0
    for a, b in zip(starts, ends, strict=True):
        if _PT_STRONG_RE.search(text, a, b):
            marks += 1.0
        elif _PT_CEDILLA_RE.search(text, a, b):
            marks += 0.5
    return marks


# scripts of a language's letters; digits and signs say nothing of the language
_LETTERED = frozenset(
    (
        "latin", "greek", "cyrillic", "arabic", "hebrew", "devanagari", "han", "kana", "hangul", "georgian", "bengali",
        "armenian", "ethiopic",
    )
)


# Serbian, Croatian and Bosnian are one language to read (one lexicon, one list of names): texts are detected as
# "sr", and a publisher's "hr" or "bs" is read as "sr" and kept as its code in what the enricher gives back;
# so are Danish and Norwegian (Bokmål): detected as "da", a publisher's "no" or "nb" read as "da"
# and Filipino is Tagalog: a publisher's "fil" is read as "tl" (a three-letter code, looked up before a code is cut to two)
READ_AS: dict[str, str] = {"hr": "sr", "bs": "sr", "no": "da", "nb": "da", "fil": "tl"}


def read_as(lang: str) -> str:
    """The language whose lexicon and names read `lang` ("hr" -> "sr")."""
    return READ_AS.get(lang, lang)


def lang_code(hint: str) -> str:
    """A publisher's language tag as a code here: its first two letters ("pt-BR" -> "pt"), or a code read as another
    whole ("fil", "fil-PH" -> "fil", which is read as "tl"; its first two letters would be Finnish's)."""
    h = hint.lower()
    base = h.replace("_", "-").split("-", 1)[0]
    return base if base in READ_AS else h[:2]


def detect(doc: Doc, hint: str | None = None) -> tuple[str, list[LangPart]]:
    """(dominant language, parts) of a Doc; parts are given only when languages mix.

    A segment needs 3 words of its own to count as a part in another language,
    so names and short quotes do not split a paragraph.
    """
    hint = lang_code(hint) if hint else None
    if hint in READ_AS:
        shared = READ_AS[hint]
        read, read_parts = detect(doc, shared)
        given = [LangPart(lang=hint, start=p.start, end=p.end) if p.lang == shared else p for p in read_parts]
        return (hint if read == shared else read), given
    words, scripts = doc.words, doc.scripts
    # group tokens by sentence
    segs: list[tuple[int, int, str | None, int]] = []  # (start char, end char, lang, letters)
    spans = doc.sent_spans
    text = doc.text
    # one look for the letters only Portuguese uses, and for the others' marked letters; most texts have none
    pt_marked = _PT_LETTERS_RE.search(text) is not None
    et_marked = "õ" in text or "Õ" in text
    marked = _MARKED_RE.search(text) is not None
    name_article = "-ад-" in text
    affix_starts = {m.start() for m in _FIGURE_AFFIX_RE.finditer(text)} if "-" in text else set()
    # function words written with a capital (mostly a sentence's first word; inside one, a name's)
    starts = doc.sent_start
    capital_stops = [k for k in compress(range(len(words)), doc.caps) if not starts[k] and words[k] in _LATIN_STOP]
    for s, (i, j) in enumerate(doc.sent_tokens):
        if i == j:
            continue
        ws, ss = words[i:j], scripts[i:j]
        drop: set[int] = set()  # positions of words that are no evidence of the text's language
        if capital_stops and (named := [k for k in capital_stops if i <= k < j]) and not doc.title_case[s]:
            # a function word written with a capital inside a sentence is a name's ("Según The New York Times",
            # "selon Le Monde"): no evidence of the text's language
            drop.update(named)
        if name_article and "ад" in ws:
            # the Arabic article inside a name ("Салах-ад-Дин", "Сейф-ад-Дин") is no Belarusian "ад" (from)
            drop.update(k for k in range(i, j) if text[doc.starts[k] - 1 : doc.ends[k] + 1] == "-ад-")
        if affix_starts and "digit" in ss and "cyrillic" in ss:
            w_starts, w_ends = doc.starts, doc.ends
            drop.update(
                k for k in range(i, j) if w_starts[k] in affix_starts and w_ends[k] - w_starts[k] <= 3
            )
        if drop:
            ws = [words[k] for k in range(i, j) if k not in drop]
            ss = [scripts[k] for k in range(i, j) if k not in drop]
        if "digit" in ss or "other" in ss:
            keep = list(map(_LETTERED.__contains__, ss))
            ws, ss = list(compress(ws, keep)), list(compress(ss, keep))
        pt_marks = _pt_marks(text, doc.starts[i:j], doc.ends[i:j]) if pt_marked else 0.0
        a, b = spans[s]
        marks = _letter_marks(text[a:b]) if marked else {}
        if pt_marks:
            marks["pt"] = marks.get("pt", 0.0) + pt_marks
        if et_marked and (et_marks := _et_marks(text[a:b])):
            marks["et"] = marks.get("et", 0.0) + et_marks
        lang, letters = _classify(ws, ss, hint, text[a:b], marks)
        segs.append((a, b, lang, letters if len(ws) >= 3 else 0))
    if not segs:
        return (hint or "und"), []
    totals: dict[str, int] = {}
    for _, _, lang, letters in segs:
        if lang is not None:
            totals[lang] = totals.get(lang, 0) + letters
    if not any(totals.values()):
        known = [lang for _, _, lang, _ in segs if lang is not None]
        dominant = known[0] if known else (hint if hint in ("uk", "ru", "be", "bg", "sr") else "ru")
    else:
        dominant = max(totals, key=totals.__getitem__)
    if hint and hint != dominant and totals.get(hint, 0) * 3 >= totals.get(dominant, 0) * 2:
        dominant = hint  # a close call goes to the publisher's word
    # Cyrillic without Ukrainian- or Russian-only evidence takes the text's language
    cyr_default = (
        dominant
        if dominant in ("uk", "ru", "be", "bg", "sr")
        else (next((lang for lang in totals if lang in ("uk", "ru", "be", "bg", "sr")), None) or hint or "ru")
    )
    # Merge: short segments (no letters of their own) join the language around them.
    parts: list[list] = []  # [lang, start, end]
    for a, b, seg_lang, letters in segs:
        lang = seg_lang if seg_lang is not None else cyr_default
        if letters == 0:
            lang = parts[-1][0] if parts else dominant
        if parts and parts[-1][0] == lang:
            parts[-1][2] = b
        else:
            parts.append([lang, a, b])
    if len(parts) <= 1:
        return dominant, []
    return dominant, [_trim(doc.text, lang, a, b) for lang, a, b in parts]


def _trim(text: str, lang: str, a: int, b: int) -> LangPart:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return LangPart(lang=lang, start=a, end=b)


def detect_text(text: str, hint: str | None = None) -> str:
    """Dominant language of a plain string (a title, a hint check)."""
    return detect(Doc(text), hint)[0]


def is_stopword(folded_word: str, lang: str | None = None) -> bool:
    """True for a function word of `lang` (any language when None)."""
    if lang and lang in STOPWORDS:
        return folded_word in STOPWORDS[lang]
    return folded_word in STOPWORDS_ANY


__all__ = ["READ_AS", "STOPWORDS", "STOPWORDS_ANY", "detect", "detect_text", "fold", "is_stopword", "lang_code", "read_as"]
