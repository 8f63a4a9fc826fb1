// htl ships no type declarations; these cover the two tags the project uses.
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement | Text | DocumentFragment;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}
