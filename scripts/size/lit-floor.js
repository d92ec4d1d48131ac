// What any Lit element pays before it does anything: the floor under every budget.
export { LitElement, html, css, svg, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
