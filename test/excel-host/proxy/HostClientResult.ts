import { HostOfficeError } from '../HostOfficeError';

/** OfficeExtension.ClientResult: `value` is readable only after the sync that computes it. */
export class HostClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw new HostOfficeError('ValueNotLoaded', { location: 'ClientResult.value' });
    return this.result as T;
  }

  /** Called by the host when the sync succeeds. */
  _resolve(value: T): void {
    this.loaded = true;
    this.result = value;
  }

  toJSON(): unknown {
    return this.loaded ? this.result : undefined;
  }
}
