/**
 * The article every page-load case shares: a headline, a standfirst, paragraphs before and after
 * the embed, and a typical news column (max 680 px). `head` goes at the end of <head>, `embed`
 * between the second and third paragraph (near the top, so it is in the first viewport on a phone).
 */
const P = [
  "Russia and Ukraine exchanged prisoners of war again on Thursday, the latest in a series of swaps mediated by the United Arab Emirates, according to officials on both sides.",
  "The exchange followed weeks of negotiations. Families of the men who came home gathered at the border, some holding photographs of relatives who are still missing.",
  "Ukraine's coordination headquarters for the treatment of prisoners of war said the returned soldiers included defenders of Mariupol and men captured in the first months of the full-scale invasion.",
  "Russia's defence ministry gave its own figure for the servicemen it received, and said they would be flown to Moscow for medical treatment and rehabilitation.",
  "Officials on both sides have given differing counts of how many captives remain. Independent monitors have said that neither side's figures can be verified.",
  "Human rights groups have documented the treatment of prisoners in detention. The International Committee of the Red Cross has said it does not have access to all of them.",
];

export function article({ title, head = "", embed = "" }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>
body { margin: 0; font: 18px/1.55 Georgia, "DejaVu Serif", serif; color: #1a1a1a; background: #fff; }
header { padding: 12px 16px; border-bottom: 1px solid #ddd; font: bold 16px/1.2 system-ui, sans-serif; }
article { max-width: 680px; margin: 0 auto; padding: 0 16px 48px; }
h1 { font-size: 30px; line-height: 1.15; margin: 20px 0 8px; }
.standfirst { font-size: 20px; color: #444; margin: 0 0 16px; }
figure { margin: 24px 0; }
</style>
${head}
</head>
<body>
<header>The Daily Example</header>
<article>
<h1>Russia and Ukraine swap prisoners of war</h1>
<p class="standfirst">Hundreds of soldiers return home in the latest exchange</p>
<p>${P[0]}</p>
<p>${P[1]}</p>
${embed}
${P.slice(2).map((p) => `<p>${p}</p>`).join("\n")}
</article>
</body>
</html>
`;
}
