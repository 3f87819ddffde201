export type PrototypeSnapshot = ReadonlyMap<string, PropertyDescriptor>;
/** The own properties of Object, Array, Function and String prototypes, with their descriptors. */
export function snapshotPrototypes(): PrototypeSnapshot;
/** Added, removed or redefined properties since `before` (empty when untouched). */
export function prototypeChanges(before: PrototypeSnapshot): string[];
