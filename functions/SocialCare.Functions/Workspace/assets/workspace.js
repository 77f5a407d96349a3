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

// The composer: a suggested answer or a saved reply goes into the reply box with one click; "/" searches the saved
// replies. Setting the text fires "input", so the checks run on it as on typing.
(() => {
  const reply = document.getElementById("reply");
  if (!reply) return;
  const picks = document.getElementById("saved-replies");
  const put = (text) => {
    reply.value = text;
    reply.focus();
    reply.dispatchEvent(new Event("input", { bubbles: true }));
  };
  document.addEventListener("click", (event) => {
    const pick = event.target instanceof Element ? event.target.closest("button.pick[data-text]") : null;
    if (!pick) return;
    put(pick.dataset.text);
    if (picks) picks.replaceChildren();
  });
  let pending;
  reply.addEventListener("input", () => {
    clearTimeout(pending);
    const value = reply.value;
    if (!picks) return;
    if (!value.startsWith("/") || value.includes("\n")) { picks.replaceChildren(); return; }
    pending = setTimeout(async () => {
      const response = await fetch(`${reply.dataset.replies}?q=${encodeURIComponent(value.slice(1))}`, { credentials: "same-origin" });
      if (response.ok && reply.value === value) picks.innerHTML = await response.text();
    }, 200);
  });
})();
