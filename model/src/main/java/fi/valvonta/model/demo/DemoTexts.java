package fi.valvonta.model.demo;

import fi.valvonta.model.complaint.DecisionOutcome;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.platform.Dimension;

import java.util.List;
import java.util.Map;

/** The demo agency's invented texts, in Finnish and Swedish; every one starts with the DEMO label. */
final class DemoTexts {

    private DemoTexts() {
    }

    static final List<String> FIRST_FI = List.of("Matti", "Anna", "Jukka", "Laura", "Mikko", "Sari", "Timo", "Paula",
            "Antti", "Heidi", "Juha", "Minna");
    static final List<String> LAST_FI = List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine",
            "Heikkinen", "Koskinen", "Järvinen", "Lehtonen");
    static final List<String> FIRST_SV = List.of("Erik", "Karin", "Johan", "Maria", "Anders", "Linnea", "Mats", "Sofia");
    static final List<String> LAST_SV = List.of("Lindholm", "Sundström", "Björkqvist", "Holmberg", "Nyman", "Westerlund",
            "Åberg", "Grönroos");

    static final Map<Theme, List<String>> DESCRIPTION_FI = Map.of(
            Theme.DATA_PROTECTION, List.of(
                    "Työllisyyspalveluiden asiakastietojani on katsottu ilman asiaan liittyvää tarvetta, ja tietoni lähetettiin väärälle vastaanottajalle.",
                    "Palvelupisteessä asiakkaiden asioita käsitellään yhteisillä tunnuksilla, eikä minulle kerrottu, mihin tietojani käytetään."),
            Theme.EQUAL_TREATMENT, List.of(
                    "Minulta evättiin palkkatuki, vaikka samassa tilanteessa olevat saivat sen; koin tulleeni syrjityksi iän perusteella.",
                    "Tulkkia ei järjestetty työnhakukeskusteluun, joten en ymmärtänyt, mihin sitouduin työllistymissuunnitelmassa."),
            Theme.LANGUAGE_RIGHTS, List.of(
                    "Pyysin palvelua ruotsiksi, mutta kaikki kirjeet ja keskustelut olivat vain suomeksi.",
                    "Työllisyysalueen verkkoasiointi ei toimi ruotsiksi, vaikka alue on kaksikielinen."),
            Theme.SERVICE_AVAILABILITY, List.of(
                    "Palvelutarpeen arviointia ei ole tehty, vaikka ilmoittauduin työnhakijaksi yli kaksi kuukautta sitten.",
                    "Työnhakukeskusteluja ei ole järjestetty lain edellyttämin väliajoin, eikä yhteyshenkilöä ole nimetty."),
            Theme.BENEFITS, List.of(
                    "Työvoimapoliittinen lausunto annettiin myöhässä, minkä vuoksi työttömyysetuuden maksu viivästyi.",
                    "Lausunnossa ei perusteltu, miksi katsottiin, että olin kieltäytynyt työstä."),
            Theme.OTHER, List.of(
                    "Yhteydenottooni ei ole vastattu kuukauden aikana, eikä puhelinpalvelu vastaa.",
                    "Virkailija käyttäytyi asiattomasti asioidessani palvelupisteessä."));

    static final Map<Theme, List<String>> DESCRIPTION_SV = Map.of(
            Theme.DATA_PROTECTION, List.of(
                    "Mina kunduppgifter inom sysselsättningstjänsterna har granskats utan behov och skickats till fel mottagare.",
                    "På servicepunkten används gemensamma användarkonton och jag fick ingen information om hur mina uppgifter används."),
            Theme.EQUAL_TREATMENT, List.of(
                    "Jag nekades lönesubvention fast andra i samma situation fick den; jag upplever att jag diskriminerades på grund av ålder.",
                    "Ingen tolk ordnades till arbetssökandesamtalet, så jag förstod inte vad jag förband mig till i sysselsättningsplanen."),
            Theme.LANGUAGE_RIGHTS, List.of(
                    "Jag bad om service på svenska, men alla brev och samtal var endast på finska.",
                    "Sysselsättningsområdets e-tjänst fungerar inte på svenska fast området är tvåspråkigt."),
            Theme.SERVICE_AVAILABILITY, List.of(
                    "Min servicebehovsbedömning har inte gjorts fast jag anmälde mig som arbetssökande för över två månader sedan.",
                    "Arbetssökandesamtal har inte ordnats med de intervall lagen kräver och ingen kontaktperson har utsetts."),
            Theme.BENEFITS, List.of(
                    "Det arbetskraftspolitiska utlåtandet gavs för sent och betalningen av arbetslöshetsförmånen fördröjdes.",
                    "Utlåtandet motiverade inte varför jag ansågs ha vägrat ta emot arbete."),
            Theme.OTHER, List.of(
                    "Ingen har svarat på min kontakt på en månad och telefontjänsten svarar inte.",
                    "Tjänstemannen betedde sig osakligt när jag besökte servicepunkten."));

    static String decisionFi(DecisionOutcome outcome) {
        return switch (outcome) {
            case NO_ACTION -> "DEMO: Asiassa ei ole ilmennyt aihetta epäillä, että valvottava olisi menetellyt lainvastaisesti. Kantelu ei anna aihetta toimenpiteisiin.";
            case OPINION -> "DEMO: Valvontaviranomainen esittää käsityksenään, että palvelutarpeen arviointi olisi tullut tehdä viivytyksettä.";
            case DRAWING_ATTENTION -> "DEMO: Valvontaviranomainen kiinnittää valvottavan huomiota hyvän hallinnon vaatimuksiin ja neuvontavelvollisuuteen.";
            case REMARK -> "DEMO: Valvontaviranomainen antaa valvottavalle huomautuksen vastaisen varalle lainvastaisesta menettelystä.";
            case NOT_INVESTIGATED -> "DEMO: Kantelua ei tutkita, koska asia on vireillä toisessa viranomaisessa.";
        };
    }

    static String decisionSv(DecisionOutcome outcome) {
        return switch (outcome) {
            case NO_ACTION -> "DEMO: Det har inte framkommit anledning att misstänka att tillsynsobjektet förfarit lagstridigt. Klagan föranleder inga åtgärder.";
            case OPINION -> "DEMO: Tillsynsmyndigheten framför som sin uppfattning att servicebehovet borde ha bedömts utan dröjsmål.";
            case DRAWING_ATTENTION -> "DEMO: Tillsynsmyndigheten fäster tillsynsobjektets uppmärksamhet vid kraven på god förvaltning och rådgivningsskyldigheten.";
            case REMARK -> "DEMO: Tillsynsmyndigheten ger tillsynsobjektet en anmärkning för framtiden för lagstridigt förfarande.";
            case NOT_INVESTIGATED -> "DEMO: Klagan utreds inte eftersom ärendet är anhängigt hos en annan myndighet.";
        };
    }

    static final Map<Dimension, String[]> MEASURE_FI = Map.of(
            Dimension.DATA_PROTECTION, new String[]{"DEMO Asiakastietojen käyttöoikeudet",
                    "DEMO: Palvelupisteessä käytetään yhteisiä käyttäjätunnuksia, eikä käyttölokia seurata.",
                    "Tiedonhallintalain 17 §:n mukaan käytöstä on pidettävä lokia ja käyttö on rajattava tarpeeseen.",
                    "Valvottavan on otettava käyttöön henkilökohtaiset tunnukset ja käyttölokin seuranta."},
            Dimension.EQUAL_TREATMENT, new String[]{"DEMO Tulkkauksen järjestäminen",
                    "DEMO: Työnhakukeskusteluihin ei ole järjestetty tulkkausta asiakkaille, jotka eivät puhu suomea tai ruotsia.",
                    "Hallintolain 26 §:n mukaan viranomaisen on huolehdittava tulkitsemisesta.",
                    "Valvottavan on järjestettävä tulkkaus ja ohjeistettava henkilöstö."},
            Dimension.LANGUAGE_RIGHTS, new String[]{"DEMO Palvelu ruotsin kielellä",
                    "DEMO: Kaksikielisen valvottavan asiakaskirjeet ja verkkoasiointi ovat vain suomeksi.",
                    "Kielilain 23 §:n mukaan kaksikielisen viranomaisen on palveltava yleisöä suomeksi ja ruotsiksi.",
                    "Valvottavan on järjestettävä palvelu ja asiakirjat ruotsiksi."});

    static final Map<Dimension, String[]> MEASURE_SV = Map.of(
            Dimension.DATA_PROTECTION, new String[]{"DEMO Behörigheter till kunduppgifter",
                    "DEMO: På servicepunkten används gemensamma användarkonton och användningsloggen följs inte upp.",
                    "Enligt 17 § i lagen om informationshantering ska användningen loggas och begränsas till behovet.",
                    "Tillsynsobjektet ska införa personliga användarkonton och uppföljning av loggen."},
            Dimension.EQUAL_TREATMENT, new String[]{"DEMO Ordnande av tolkning",
                    "DEMO: Tolkning har inte ordnats vid arbetssökandesamtal för kunder som inte talar finska eller svenska.",
                    "Enligt 26 § i förvaltningslagen ska myndigheten sörja för tolkning.",
                    "Tillsynsobjektet ska ordna tolkning och instruera personalen."},
            Dimension.LANGUAGE_RIGHTS, new String[]{"DEMO Service på svenska",
                    "DEMO: Det tvåspråkiga tillsynsobjektets kundbrev och e-tjänst finns endast på finska.",
                    "Enligt 23 § i språklagen ska en tvåspråkig myndighet betjäna allmänheten på finska och svenska.",
                    "Tillsynsobjektet ska ordna service och handlingar på svenska."});
}
