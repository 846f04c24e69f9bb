// What each queued action weighs in the request: shaped as office.js's own request (RichApi "Actions" and
// "ObjectPaths"), so the bytes counted, and the 5 MB limit, match what Excel receives. Measured against office.js's
// request builder: notes.add(cell, 50 characters) ≈ 226 bytes, getRanges(…).format.fill.color = … ≈ 530, a property
// set ≈ 95 + value, a load ≈ 75 + names.

const ActionType = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4 } as const;
const ObjectPathType = { Method: 3, Property: 4 } as const;

/** A new object: its Instantiate action and its object path (its last step: a property, or a method and its arguments). */
export function instantiateRequest(id: number, path: string): unknown {
  const { name, args } = lastStep(path);
  return {
    Id: id,
    ActionType: ActionType.Instantiate,
    Name: '',
    ObjectPathId: id,
    ObjectPath:
      args === null
        ? { Id: id, ObjectPathType: ObjectPathType.Property, Name: name, ParentObjectPathId: id }
        : { Id: id, ObjectPathType: ObjectPathType.Method, Name: name, ParentObjectPathId: id, ArgumentInfo: { Arguments: args } },
  };
}

export function setPropertyRequest(id: number, name: string, value: unknown): unknown {
  return { Id: id, ActionType: ActionType.SetProperty, Name: name, ObjectPathId: id, ArgumentInfo: { Arguments: [value] } };
}

export function methodRequest(id: number, name: string, args: unknown[]): unknown {
  return { Id: id, ActionType: ActionType.Method, Name: name, ObjectPathId: id, ArgumentInfo: { Arguments: args } };
}

export function queryRequest(id: number, select: string[]): unknown {
  return { Id: id, ActionType: ActionType.Query, Name: '', ObjectPathId: id, QueryInfo: { Select: select } };
}

/**
 * The last step of a proxy path ("worksheets.getItem(\"A\").notes.add(\"B3\",\"texte\")" → add, "\"B3\",\"texte\""):
 * office.js sends each object once, as its parent's id plus this step.
 */
export function lastStep(path: string): { name: string; args: string | null } {
  let depth = 0;
  let inString = false;
  let lastDot = -1;
  for (let index = 0; index < path.length; index += 1) {
    const char = path[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '.' && depth === 0) lastDot = index;
  }
  const step = path.slice(lastDot + 1);
  const open = step.indexOf('(');
  if (open < 0 || !step.endsWith(')')) return { name: step, args: null };
  return { name: step.slice(0, open), args: step.slice(open + 1, -1) };
}
