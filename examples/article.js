// The host page's script: resize the iframe embeds and follow what readers select.
window.PowExchanges.autoResizeIframes();
document.addEventListener("pow:select", (event) => {
  const status = document.querySelector("#selected");
  if (status) status.textContent = `Selected: ${event.detail.id}`;
});
