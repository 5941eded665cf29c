/**
 * Place names that end a location ("Moscow, Russia", "Dayton, Ohio",
 * "Austin, TX"): countries (English short names and common forms), US
 * states and Canadian provinces (codes and names). Lower case, except the
 * two-letter codes.
 */

/** Two-letter US state and Canadian province codes. */
export const REGION_CODES: ReadonlySet<string> = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC AB QC NS MB SK".split(" "),
);

/** US states and Canadian provinces written out. */
export const REGION_NAMES: ReadonlySet<string> = new Set([
  ..."alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ontario quebec alberta manitoba saskatchewan".split(" "),
  "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island", "south carolina",
  "south dakota", "west virginia", "british columbia", "nova scotia", "new brunswick", "newfoundland",
]);

/** Countries, with the short and common forms resumes use ("USA", "UK", "S.Korea", "Czechia"), and "remote". */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  "usa", "us", "u.s.", "u.s.a", "u.s.a.", "united states", "united states of america", "uk", "u.k.", "united kingdom",
  "great britain", "england", "scotland", "wales", "northern ireland", "remote",
  "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
  "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia",
  "bosnia and herzegovina", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia",
  "cameroon", "canada", "cape verde", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia", "cuba",
  "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominican republic", "ecuador", "egypt", "el salvador",
  "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
  "greece", "guatemala", "guinea", "guyana", "haiti", "honduras", "hong kong", "hungary", "iceland", "india",
  "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan",
  "kenya", "korea", "south korea", "s. korea", "s.korea", "republic of korea", "kosovo", "kuwait", "kyrgyzstan", "laos",
  "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "macau", "madagascar",
  "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco",
  "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nepal", "netherlands", "the netherlands",
  "new zealand", "nicaragua", "niger", "nigeria", "north macedonia", "macedonia", "norway", "oman", "pakistan",
  "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "puerto rico",
  "qatar", "romania", "russia", "russian federation", "rwanda", "saudi arabia", "senegal", "serbia", "seychelles",
  "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "spain", "sri lanka", "sudan",
  "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo",
  "trinidad and tobago", "tunisia", "turkey", "türkiye", "turkmenistan", "uganda", "ukraine", "uae",
  "united arab emirates", "uruguay", "uzbekistan", "venezuela", "vietnam", "viet nam", "yemen", "zambia", "zimbabwe",
]);
