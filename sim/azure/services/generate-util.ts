/** Small helpers the services' benchmark generators share. */

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length) % items.length] as T;
}

/** Index → a short, unique, ARM-valid name part (`a0f3`). */
export function tag(i: number): string {
  return i.toString(36).padStart(4, '0');
}

/** Appends to a section of a subscription's resources. */
export function push(resources: Record<string, any[]>, section: string, items: any[]): void {
  (resources[section] ??= []).push(...items);
}
