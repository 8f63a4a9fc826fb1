// The part of Frictionless's `datapackage` (1.1.10, no bundled types) that test/datapackage.test.ts uses.
declare module "datapackage" {
  export interface Resource {
    name: string;
    valid: boolean;
    errors: Error[];
    read(options?: {keyed?: boolean; cast?: boolean; relations?: boolean}): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: {basePath?: string; strict?: boolean}): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}
