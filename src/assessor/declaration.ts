/**
 * What the witness agrees to when they sign. Witness testimony records only what the witness saw
 * and heard, and the witness does not make the assessment decision (see the domain brief, A14–A16).
 */
export const WITNESS_DECLARATION =
  'I declare that I personally observed the apprentice named in this record during the session it describes, and that the notes are a factual account, in my own words, of what I saw and heard. My KSB judgements are observations to support the assessment: as the witness, I am not making the assessment decision. I can be contacted to confirm this record.';
