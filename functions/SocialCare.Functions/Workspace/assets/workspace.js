// Keyboard shortcuts of the workspace: j/k move in the list, Enter opens, r focuses the reply, e resolves.
// No key acts while the person is typing in a field.
(() => {
  const typing = (target) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  let selected = -1;
  const rows = () => Array.from(document.querySelectorAll("tr[data-row]"));
  const select = (index) => {
    const all = rows();
    if (all.length === 0) return;
    selected = Math.max(0, Math.min(all.length - 1, index));
    all.forEach((row, i) => row.classList.toggle("selected", i === selected));
    all[selected].querySelector("a")?.focus();
  };
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "j") { select(selected + 1); event.preventDefault(); }
    else if (event.key === "k") { select(selected - 1); event.preventDefault(); }
    else if (event.key === "r") { const reply = document.getElementById("reply"); if (reply) { reply.focus(); event.preventDefault(); } }
    else if (event.key === "e") { const resolve = document.querySelector("button[data-shortcut='e']"); if (resolve) { resolve.click(); event.preventDefault(); } }
  });
})();
