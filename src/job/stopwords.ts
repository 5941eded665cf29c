/** English function words and posting filler that are never "other terms" of a posting. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each etc few for from further had hadn't has hasn't " +
    "have haven't having he her here hers herself him himself his how i i'm if in into is isn't it it's its itself just let's like me more most " +
    "must my myself no nor not of off on once only or other our ours ourselves out over own per plus same she should so some such than that " +
    "the their theirs them themselves then there these they this those through to too under until up upon us very via was we we'd we'll we're " +
    "we've were what when where which while who whom why will with within without would you you'd you'll you're you've your yours yourself " +
    "yourselves able across e.g i.e ie eg new one two three four five six seven eight nine ten first every many much well get make" +
    " year years day days week weeks month months time times using use used including include includes includes" +
    " senior junior mid staff principal lead sr jr"
  ).split(/\s+/),
);
