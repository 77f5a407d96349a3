#!/usr/bin/env node
// Three performance fixes to Azurite 3.35's Loki stores, applied after npm ci (idempotent; fails loudly if Azurite
// changed). Without them every queue operation re-sorts every index over every queued message: clearExpiredMessages
// removes an (almost always empty) batch, a receive updates its messages as a batch, deleting a message body removes
// a batch of one, and Loki turns any batch remove or update into a full index rebuild. Measured on this machine with
// 20,000 messages waiting in another queue: one send + receive + delete took 414 ms before, 13 ms after (12 ms on
// an empty emulator). Single-document removes and updates keep the indexes right in place: behaviour is unchanged.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "node_modules", "azurite", "dist", "src");
const patches = [
  {
    file: path.join(root, "queue", "persistence", "LokiQueueMetadataStore.js"),
    from: "            doc.dequeueCount = Number(doc.dequeueCount) + 1;\n        }\n        coll.update(docs);",
    to: "            doc.dequeueCount = Number(doc.dequeueCount) + 1;\n        }\n        for (const doc of docs) coll.update(doc); // socialcare: no batch update (index rebuild)",
  },
  {
    file: path.join(root, "queue", "persistence", "LokiQueueMetadataStore.js"),
    from: "            .data();\n        coll.remove(docs);\n    }\n}\nexports.default = LokiQueueMetadataStore;",
    to: "            .data();\n        for (const doc of docs) coll.remove(doc); // socialcare: no batch remove (index rebuild)\n    }\n}\nexports.default = LokiQueueMetadataStore;",
  },
  {
    file: path.join(root, "common", "persistence", "LokiExtentMetadataStore.js"),
    from: "        return coll.findAndRemove({ id: extentId });",
    to: "        const doc = coll.findOne({ id: extentId }); // socialcare: no batch remove (index rebuild)\n        if (doc) coll.remove(doc);",
  },
];

for (const { file, from, to } of patches) {
  const text = fs.readFileSync(file, "utf8");
  if (text.includes(to)) continue;
  if (!text.includes(from)) {
    console.error(`patch-azurite: ${path.relative(root, file)} is not the Azurite this patch was written for; update tools/patch-azurite.js.`);
    process.exit(1);
  }
  fs.writeFileSync(file, text.replace(from, to));
}
