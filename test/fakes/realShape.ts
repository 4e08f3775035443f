// Type checks that keep the fakes honest: every member a fake declares exists, with that name, on the real host type.
// (The fakes implement only the parts DealerKit calls; this stops them modelling a method or property the host lacks.)

/** Fake's members, each mapped to `never` when the real type has no such member; nested objects are checked the same way. */
export type OnlyRealMembers<Fake, Real> = {
  [K in keyof Fake]: K extends keyof Real
    ? Fake[K] extends (...args: never[]) => unknown
      ? Fake[K]
      : Fake[K] extends readonly unknown[]
        ? Fake[K]
        : Fake[K] extends object
          ? OnlyRealMembers<Fake[K], NonNullable<Real[K]>>
          : Fake[K]
    : never;
};

/** Compiles only when T is true (use: `type _ = Assert<IsModelled<Fake, Real>>`). */
export type Assert<T extends true> = T;
/** true when every member of Fake exists on Real (recursively for object members). */
export type IsModelled<Fake, Real> = Fake extends OnlyRealMembers<Fake, Real> ? true : false;
