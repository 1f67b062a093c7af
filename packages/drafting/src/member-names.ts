// Words a report uses for a state besides its name: demonyms, capitals used as metonyms, informal
// names. i18n-iso-countries gives names and their common aliases ("Russia", "UK", "U.S."); it has
// no demonyms or capitals, so those are ours, for the states that sit or sat on the Council most often.

/** Demonyms ("Russian", "British") by ISO alpha-3 code; "-drafted", "draft" and "envoy" follow them. */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['American'],
  GBR: ['British'],
  FRA: ['French'],
  RUS: ['Russian'],
  SUN: ['Soviet'],
  CHN: ['Chinese'],
  DEU: ['German'],
  JPN: ['Japanese'],
  BRA: ['Brazilian'],
  IND: ['Indian'],
  ZAF: ['South African'],
  EGY: ['Egyptian'],
  NZL: ['New Zealand'],
  ESP: ['Spanish'],
  SWE: ['Swedish'],
  NLD: ['Dutch'],
  BEL: ['Belgian'],
  POL: ['Polish'],
  ITA: ['Italian'],
  NOR: ['Norwegian'],
  IRL: ['Irish'],
  MEX: ['Mexican'],
  KEN: ['Kenyan'],
  GHA: ['Ghanaian'],
  GAB: ['Gabonese'],
  NER: ['Nigerien'],
  NGA: ['Nigerian'],
  TUN: ['Tunisian'],
  DZA: ['Algerian'],
  MAR: ['Moroccan'],
  SEN: ['Senegalese'],
  ETH: ['Ethiopian'],
  KAZ: ['Kazakh'],
  BOL: ['Bolivian'],
  PER: ['Peruvian'],
  URY: ['Uruguayan'],
  CHL: ['Chilean'],
  ARG: ['Argentine', 'Argentinian'],
  VEN: ['Venezuelan'],
  ECU: ['Ecuadorian', 'Ecuadoran'],
  KWT: ['Kuwaiti'],
  ARE: ['Emirati'],
  IDN: ['Indonesian'],
  VNM: ['Vietnamese'],
  KOR: ['South Korean'],
  PAK: ['Pakistani'],
  ALB: ['Albanian'],
  MLT: ['Maltese'],
  CHE: ['Swiss'],
  SVN: ['Slovenian', 'Slovene'],
  EST: ['Estonian'],
  UKR: ['Ukrainian'],
  LTU: ['Lithuanian'],
  JOR: ['Jordanian'],
  LBN: ['Lebanese'],
  AUS: ['Australian'],
  CAN: ['Canadian'],
  TUR: ['Turkish'],
  MOZ: ['Mozambican'],
  GNQ: ['Equatoguinean', 'Equatorial Guinean'],
  CIV: ['Ivorian'],
  DOM: ['Dominican'],
  GUY: ['Guyanese'],
  SLE: ['Sierra Leonean'],
  DNK: ['Danish'],
  GRC: ['Greek'],
  PRT: ['Portuguese'],
  AGO: ['Angolan'],
  RWA: ['Rwandan'],
};

/** Capitals (and seats of government) used as metonyms: "Moscow vetoed", "Washington objected". */
export const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  USA: ['Washington'],
  GBR: ['London'],
  FRA: ['Paris'],
  RUS: ['Moscow', 'the Kremlin'],
  SUN: ['Moscow', 'the Kremlin'],
  CHN: ['Beijing', 'Peking'],
  DEU: ['Berlin', 'Bonn'],
  JPN: ['Tokyo'],
  IND: ['New Delhi'],
  BRA: ['Brasilia', 'Brasília'],
  ZAF: ['Pretoria'],
  EGY: ['Cairo'],
  ESP: ['Madrid'],
  SWE: ['Stockholm'],
  NLD: ['The Hague'],
  BEL: ['Brussels'],
  POL: ['Warsaw'],
  ITA: ['Rome'],
  NOR: ['Oslo'],
  IRL: ['Dublin'],
  MEX: ['Mexico City'],
  KEN: ['Nairobi'],
  NGA: ['Abuja'],
  ETH: ['Addis Ababa'],
  KAZ: ['Astana'],
  TUR: ['Ankara'],
  UKR: ['Kyiv', 'Kiev'],
  IDN: ['Jakarta'],
  VNM: ['Hanoi'],
  KOR: ['Seoul'],
  PAK: ['Islamabad'],
  ARE: ['Abu Dhabi'],
  VEN: ['Caracas'],
  AUS: ['Canberra'],
  CAN: ['Ottawa'],
};

/** Informal names the ISO aliases lack. */
export const INFORMAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['America', 'the States'],
  GBR: ['Britain', 'U.K.'],
  RUS: ['Russian Federation'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  CIV: ['Ivory Coast', "Cote d'Ivoire", 'Côte d’Ivoire'],
  KOR: ['South Korea'],
  CZE: ['Czech Republic'],
  COD: ['DR Congo', 'DRC'],
  SUN: ['USSR', 'Soviet Union'],
};

/**
 * African Member States (the African Group), for "the three African members" / "A3": the elected
 * African members on the date.
 */
export const AFRICAN_STATES: ReadonlySet<string> = new Set(
  (
    'DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR ' +
    'LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE ZAR DHY HVO'
  ).split(' '),
);

/** The Western European and Others Group, for "Western members" (with the three Western permanent members). */
export const WEOG_STATES: ReadonlySet<string> = new Set(
  'AND AUS AUT BEL CAN DNK FIN FRA DEU GRC ISL IRL ISR ITA LIE LUX MLT MCO NLD NZL NOR PRT SMR ESP SWE CHE TUR GBR USA'.split(
    ' ',
  ),
);

/** The three Western permanent members ("the P3"). */
export const P3: readonly string[] = ['USA', 'GBR', 'FRA'];
