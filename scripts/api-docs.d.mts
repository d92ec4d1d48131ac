export function renderApi(manifest: unknown): string;
export function renderElement(element: unknown): string;
export function elementsOf(manifest: unknown): { tagName: string; [key: string]: unknown }[];
export function apiSectionOf(readme: string): string | undefined;
export const API_START: string;
export const API_END: string;
