// Helpers shared by Parley's own pages (the embeddable widget and the review page), loaded before each page's
// script. Everything the API returns is data: these put it into the page as text nodes and attribute values, never
// parse it as HTML, and let only http(s) URLs become links.
(() => {
  'use strict';

  /** Whether a child stands for something: null, undefined and false stand for nothing, not for their text. */
  const present = child => child !== null && child !== undefined && child !== false;

  /** An element with attributes (set as attributes, or as properties for className) and children (text or nodes). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'className') node.className = value;
      else node.setAttribute(name, String(value));
    }
    node.append(...children.flat().filter(present)); // strings become text nodes
    return node;
  }

  /** Replaces a node's children. */
  function fill(node, ...children) {
    node.replaceChildren(...children.flat().filter(present));
  }

  /** The URL as a link target when it is http or https, else null: no javascript: or data: links from data. */
  function safeUrl(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url, location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  window.parleyPage = Object.freeze({el, fill, safeUrl});
})();
