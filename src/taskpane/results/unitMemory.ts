/**
 * The unit a chief picked, and the name they fill in with, remembered on this computer: in the
 * pane's storage under a key that starts with the partition key where Office gives one
 * (add-ins in Excel on the web and new Outlook must partition their localStorage: "Persist add-in
 * state and settings", Office docs), and per signed-in person where Office says who that is
 * (Office.auth.getAuthContext, NestedAppAuth 1.1), so two people on one computer keep their own.
 * Nothing is asked of the user: no sign-in, and a storage that refuses (private mode) just forgets.
 */
export interface Remembered {
  unit: string;
  by: string;
}

export interface UnitMemory {
  recall(): Promise<Remembered | null>;
  remember(what: Remembered): Promise<void>;
}

export interface PaneIdentity {
  /** Office's partition key (context.partitionKey), when Office gives one. */
  partitionKey?: string;
  /** Who is signed in (an opaque id), when Office can tell; null or a failure: nobody in particular. */
  person?: () => Promise<string | null>;
}

const KEY = "servicePlan.results";

/** `storage`: window.localStorage (or a stand-in in tests); null where the browser refuses one. */
export function storageUnitMemory(storage: Pick<Storage, "getItem" | "setItem"> | null, identity: PaneIdentity = {}): UnitMemory {
  const prefix = `${identity.partitionKey ?? ""}${KEY}`;
  const person = async () => {
    try {
      return (await identity.person?.()) ?? null;
    } catch {
      return null;
    }
  };
  const read = (key: string): Remembered | null => {
    try {
      const v = JSON.parse(storage?.getItem(key) ?? "null") as Partial<Remembered> | null;
      return v && typeof v.unit === "string" ? { unit: v.unit, by: typeof v.by === "string" ? v.by : "" } : null;
    } catch {
      return null;
    }
  };
  return {
    async recall() {
      const who = await person();
      return (who ? read(`${prefix}:${who}`) : null) ?? read(prefix);
    },
    async remember(what) {
      const who = await person();
      try {
        storage?.setItem(prefix, JSON.stringify(what));
        if (who) storage?.setItem(`${prefix}:${who}`, JSON.stringify(what));
      } catch {
        // A full or refused storage: the pane asks again next time.
      }
    },
  };
}
