import type { PopulationNames } from "./names.js";

/** Whom a claim counts, in Ukrainian, by its `population` (names.ts). */
const uk: PopulationNames = {
  "prisoners-of-war": "військовополонені",
  civilians: "цивільні",
  "all-captives": "військові й цивільні в полоні",
  captures: "усі, кого взяли в полон (а не скільки утримують зараз)",
};

export default uk;
