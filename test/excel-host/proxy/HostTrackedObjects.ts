/** OfficeExtension.TrackedObjects: the host keeps every proxy valid across syncs, so tracking only records. */
export class HostTrackedObjects {
  private readonly tracked = new Set<object>();

  add(objects: object | object[]): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) this.tracked.add(object);
  }

  remove(objects: object | object[]): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) this.tracked.delete(object);
  }

  get size(): number {
    return this.tracked.size;
  }
}
