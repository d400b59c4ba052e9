import type { PopulationNames } from "./names.js";

/** Whom a claim counts, in Russian, by its `population` (names.ts). */
const ru: PopulationNames = {
  "prisoners-of-war": "военнопленные",
  civilians: "гражданские",
  "all-captives": "военные и гражданские в плену",
  captures: "все, кого взяли в плен (а не сколько удерживают сейчас)",
};

export default ru;
