import { planPeopleImport } from '../people-import/people-import-plan';
import { buildDemoOrganizations } from './demo-organizations';

describe('demo organizations', () => {
  const [acme, globex] = buildDemoOrganizations();

  it('are the same every time (fixed random seed)', () => {
    expect(buildDemoOrganizations()).toEqual([acme, globex]);
  });

  it('give Acme about 250 people in several functions, and Globex a few', () => {
    expect(acme.people.length).toBeGreaterThanOrEqual(240);
    expect(acme.people.length).toBeLessThanOrEqual(270);
    expect(new Set(acme.people.map((person) => person.functionName)).size).toBeGreaterThanOrEqual(5);
    expect(globex.people.length).toBeLessThan(20);
  });

  it('place every demo account, the candidate reporting to the manager', () => {
    const byEmail = new Map(acme.people.map((person) => [person.email, person]));
    for (const who of ['admin', 'hr', 'sponsor', 'candidate', 'manager', 'mentee'])
      expect(byEmail.has(`${who}@acme.test`)).toBe(true);
    expect(byEmail.get('candidate@acme.test')?.managerRef).toBe(byEmail.get('manager@acme.test')?.employeeId);
    expect(globex.people.some((person) => person.email === 'hr@globex.test')).toBe(true);
  });

  it('have reporting lines at least four levels deep and pass the import checks', () => {
    const managerOf = new Map(acme.people.map((person) => [person.employeeId, person.managerRef]));
    const depth = (employeeId: string): number => {
      const manager = managerOf.get(employeeId);
      return manager ? 1 + depth(manager) : 0;
    };
    expect(Math.max(...acme.people.map((person) => depth(person.employeeId)))).toBeGreaterThanOrEqual(4);
    let next = 0;
    const plan = planPeopleImport(acme.people, {
      existingPeople: [],
      existingUnits: [],
      managerColumn: 'm',
      emailColumn: 'e',
      newId: () => `${next++}`,
    });
    expect(plan.problems).toEqual([]);
  });
});
