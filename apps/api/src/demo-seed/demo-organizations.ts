import { Role } from '@bridge/domain';
import type { PersonImportRow } from '../people-import/people-csv';

export const DEMO_PASSWORD = 'bridge-demo';

export interface DemoOrganization {
  slug: string;
  name: string;
  people: PersonImportRow[];
  /** Gets the demo evidence (demo-evidence.ts): observations, past placements, requests for evidence. */
  withEvidence: boolean;
}

/** mulberry32: a tiny seeded generator, so every fresh instance gets the same demo people. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'Aisha',
  'Ben',
  'Carla',
  'Deepak',
  'Elena',
  'Farid',
  'Grace',
  'Hannah',
  'Ivan',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Oscar',
  'Paula',
  'Quinn',
  'Ravi',
  'Sofia',
  'Tomás',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Amara',
  'Bruno',
  'Chloé',
  'Daniel',
  'Esther',
  'Felix',
  'Gabriel',
  'Hiro',
  'Ingrid',
  'Jonas',
  'Keiko',
  'Liam',
  'Maya',
  'Noor',
  'Olga',
  'Pedro',
  'Rosa',
  'Sven',
  'Tara',
  'Ugo',
  'Vera',
  'Will',
  'Yara',
  'Zain',
];
const LAST_NAMES = [
  'Adeyemi',
  'Bauer',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Horvat',
  'Ito',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quintero',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Andersen',
  'Bianchi',
  'Chen',
  'Diallo',
  'Evans',
  'Ferreira',
  'Gupta',
  'Haddad',
  'Ibrahim',
  'Kim',
  'Larsen',
  'Mensah',
  'Novak',
  'Oliveira',
  'Patel',
  'Ramos',
  'Silva',
  'Torres',
  'Walsh',
];
const LOCATIONS = ['Berlin', 'Lisbon', 'Toronto', 'Austin', 'Remote'];

interface TeamSpec {
  name: string;
  size: number;
  managerTitle: string;
  icTitles: string[];
}

interface FunctionSpec {
  name: string;
  headTitle: string;
  /** Large functions have directors between the head and the team managers. */
  directors: { title: string; teams: TeamSpec[] }[];
}

const ACME_FUNCTIONS: FunctionSpec[] = [
  {
    name: 'Engineering',
    headTitle: 'VP Engineering',
    directors: [
      {
        title: 'Director of Platform Engineering',
        teams: [
          {
            name: 'Platform',
            size: 11 + 3,
            managerTitle: 'Engineering Manager',
            icTitles: ['Senior Software Engineer', 'Software Engineer', 'Staff Engineer'],
          },
          {
            name: 'Data',
            size: 10 + 3,
            managerTitle: 'Data Engineering Manager',
            icTitles: ['Data Engineer', 'Senior Data Engineer', 'Analytics Engineer'],
          },
          {
            name: 'Reliability',
            size: 9 + 3,
            managerTitle: 'SRE Manager',
            icTitles: ['Site Reliability Engineer', 'Senior SRE'],
          },
        ],
      },
      {
        title: 'Director of Product Engineering',
        teams: [
          {
            name: 'Payments',
            size: 11 + 3,
            managerTitle: 'Engineering Manager',
            icTitles: ['Software Engineer', 'Senior Software Engineer', 'QA Engineer'],
          },
          {
            name: 'Mobile',
            size: 10 + 3,
            managerTitle: 'Engineering Manager',
            icTitles: ['Mobile Engineer', 'Senior Mobile Engineer', 'Product Designer'],
          },
          {
            name: 'Shop Floor Systems',
            size: 10 + 3,
            managerTitle: 'Engineering Manager',
            icTitles: ['Software Engineer', 'Controls Engineer', 'Senior Software Engineer'],
          },
        ],
      },
    ],
  },
  {
    name: 'Sales',
    headTitle: 'VP Sales',
    directors: [
      {
        title: 'Director of Sales',
        teams: [
          {
            name: 'EMEA',
            size: 11 + 3,
            managerTitle: 'Sales Manager EMEA',
            icTitles: ['Account Executive', 'Senior Account Executive', 'Associate Account Executive'],
          },
          {
            name: 'Americas',
            size: 11 + 3,
            managerTitle: 'Sales Manager Americas',
            icTitles: ['Account Executive', 'Senior Account Executive', 'Sales Engineer'],
          },
          {
            name: 'Customer Success',
            size: 9 + 3,
            managerTitle: 'Customer Success Manager',
            icTitles: ['Customer Success Specialist', 'Account Manager'],
          },
        ],
      },
    ],
  },
  {
    name: 'Operations',
    headTitle: 'VP Operations',
    directors: [
      {
        title: 'Director of Manufacturing',
        teams: [
          {
            name: 'Plant North',
            size: 12 + 3,
            managerTitle: 'Plant Manager',
            icTitles: ['Production Supervisor', 'Process Engineer', 'Quality Technician'],
          },
          {
            name: 'Plant South',
            size: 12 + 3,
            managerTitle: 'Plant Manager',
            icTitles: ['Production Supervisor', 'Process Engineer', 'Maintenance Lead'],
          },
        ],
      },
      {
        title: 'Director of Supply Chain',
        teams: [
          {
            name: 'Procurement',
            size: 9 + 3,
            managerTitle: 'Procurement Manager',
            icTitles: ['Buyer', 'Senior Buyer', 'Supplier Quality Engineer'],
          },
          {
            name: 'Logistics',
            size: 9 + 3,
            managerTitle: 'Logistics Manager',
            icTitles: ['Logistics Planner', 'Warehouse Lead'],
          },
        ],
      },
    ],
  },
  {
    name: 'Finance',
    headTitle: 'VP Finance',
    directors: [
      {
        title: 'Financial Controller',
        teams: [
          {
            name: 'FP&A',
            size: 8 + 3,
            managerTitle: 'FP&A Manager',
            icTitles: ['Financial Analyst', 'Senior Financial Analyst'],
          },
          {
            name: 'Accounting',
            size: 8 + 3,
            managerTitle: 'Accounting Manager',
            icTitles: ['Accountant', 'Senior Accountant'],
          },
        ],
      },
    ],
  },
  {
    name: 'People',
    headTitle: 'VP People',
    directors: [
      {
        title: 'Director of Talent',
        teams: [
          {
            name: 'Talent',
            size: 7 + 3,
            managerTitle: 'Talent Lead',
            icTitles: ['Talent Partner', 'Recruiter', 'Learning Specialist'],
          },
          {
            name: 'People Systems',
            size: 6 + 3,
            managerTitle: 'People Systems Manager',
            icTitles: ['HRIS Analyst', 'People Data Analyst'],
          },
        ],
      },
    ],
  },
];

/** The named demo accounts, each placed where their role makes sense (DESIGN section 5). */
const ACME_ACCOUNTS = {
  admin: {
    email: 'admin@acme.test',
    name: 'Priya Raman',
    title: 'People Systems Lead',
    team: 'People Systems',
    roles: [Role.ADMIN],
  },
  hr: {
    email: 'hr@acme.test',
    name: 'Jordan Okafor',
    title: 'Senior Talent Partner',
    team: 'Talent',
    roles: [Role.HR],
  },
  manager: {
    email: 'manager@acme.test',
    name: 'Marcus Lee',
    title: 'Engineering Manager',
    team: 'Platform',
    roles: [Role.SPONSOR],
  },
  candidate: {
    email: 'candidate@acme.test',
    name: 'Alex Rivera',
    title: 'Senior Software Engineer',
    team: 'Platform',
    roles: [Role.CANDIDATE],
  },
  mentee: {
    email: 'mentee@acme.test',
    name: 'Sam Chen',
    title: 'Associate Account Executive',
    team: 'EMEA',
    roles: [Role.MENTEE],
  },
} as const;

/**
 * A start date between 2010 and 2024, spread by the person's place in the file rather than drawn from
 * the seeded random numbers, so adding it left every other demo value as it was.
 */
function joinedOnFor(sequence: number): string {
  const year = 2010 + ((sequence * 7) % 15);
  const month = ((sequence * 5) % 12) + 1;
  const day = ((sequence * 11) % 28) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

class PeopleBuilder {
  readonly people: PersonImportRow[] = [];
  private readonly usedEmails = new Set<string>();
  private sequence = 0;

  constructor(
    private readonly random: () => number,
    private readonly domain: string,
    private readonly idPrefix: string,
  ) {}

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }

  add(
    person: Omit<PersonImportRow, 'row' | 'employeeId' | 'email' | 'name' | 'location' | 'level'> & {
      name?: string;
      email?: string;
      level: string;
    },
  ): PersonImportRow {
    this.sequence++;
    const name = person.name ?? `${this.pick(FIRST_NAMES)} ${this.pick(LAST_NAMES)}`;
    let email = person.email ?? this.emailFor(name);
    while (this.usedEmails.has(email)) email = email.replace('@', `${this.sequence}@`);
    this.usedEmails.add(email);
    const row: PersonImportRow = {
      ...person,
      row: this.sequence + 1,
      employeeId: `${this.idPrefix}${String(this.sequence).padStart(4, '0')}`,
      name,
      email,
      location: this.pick(LOCATIONS),
      joinedOn: person.joinedOn ?? joinedOnFor(this.sequence),
    };
    this.people.push(row);
    return row;
  }

  private emailFor(name: string): string {
    const local = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim()
      .replace(/\s+/g, '.');
    return `${local}@${this.domain}`;
  }
}

function buildAcme(): DemoOrganization {
  const random = seededRandom(20261121);
  const builder = new PeopleBuilder(random, 'acme.test', 'A');
  const ceo = builder.add({
    name: 'Helena Brandt',
    title: 'Chief Executive Officer',
    functionName: 'Executive',
    teamName: null,
    managerRef: null,
    level: 'E1',
    roles: [Role.SPONSOR],
  });
  const accountByTeam = new Map<string, (typeof ACME_ACCOUNTS)[keyof typeof ACME_ACCOUNTS][]>();
  for (const account of Object.values(ACME_ACCOUNTS)) {
    accountByTeam.set(account.team, [...(accountByTeam.get(account.team) ?? []), account]);
  }

  for (const spec of ACME_FUNCTIONS) {
    const head = builder.add({
      title: spec.headTitle,
      functionName: spec.name,
      teamName: null,
      managerRef: ceo.employeeId,
      level: 'M5',
      roles: [Role.SPONSOR],
      ...(spec.name === 'Operations' ? { name: 'Dana Whitfield', email: 'sponsor@acme.test' } : {}),
    });
    for (const director of spec.directors) {
      const directorRow = builder.add({
        title: director.title,
        functionName: spec.name,
        teamName: null,
        managerRef: head.employeeId,
        level: 'M4',
        roles: [Role.SPONSOR],
      });
      for (const team of director.teams) {
        const accounts = accountByTeam.get(team.name) ?? [];
        const managerAccount = accounts.find((account) => account.email === ACME_ACCOUNTS.manager.email);
        const manager = builder.add({
          title: team.managerTitle,
          functionName: spec.name,
          teamName: team.name,
          managerRef: directorRow.employeeId,
          level: 'M2',
          roles: managerAccount ? [...managerAccount.roles] : [],
          ...(managerAccount ? { name: managerAccount.name, email: managerAccount.email } : {}),
        });
        const members = accounts.filter((account) => account !== managerAccount);
        for (let index = 0; index < team.size; index++) {
          const account = members[index];
          const title = account?.title ?? builder.pick(team.icTitles);
          const senior = /Senior|Staff|Lead|Supervisor/.test(title);
          const junior = /Associate|Junior|Specialist|Technician/.test(title);
          const roles: Role[] = account
            ? [...account.roles]
            : senior && random() < 0.6
              ? [Role.CANDIDATE]
              : junior && random() < 0.5
                ? [Role.MENTEE]
                : [];
          builder.add({
            title,
            functionName: spec.name,
            teamName: team.name,
            managerRef: manager.employeeId,
            // Staff and lead titles a level above senior ones, so the equity report has levels to compare.
            level: senior
              ? /Staff|Lead/.test(title)
                ? 'IC5'
                : 'IC4'
              : junior
                ? 'IC1'
                : builder.pick(['IC2', 'IC3']),
            roles,
            ...(account ? { name: account.name, email: account.email } : {}),
          });
        }
      }
    }
  }
  return { slug: 'acme', name: 'Acme Manufacturing', people: builder.people, withEvidence: true };
}

function buildGlobex(): DemoOrganization {
  const builder = new PeopleBuilder(seededRandom(7), 'globex.test', 'G');
  const ceo = builder.add({
    name: 'Hank Scorpio',
    title: 'Chief Executive Officer',
    functionName: 'Executive',
    teamName: null,
    managerRef: null,
    level: 'E1',
    roles: [Role.SPONSOR],
  });
  const hr = builder.add({
    name: 'Morgan Blake',
    email: 'hr@globex.test',
    title: 'Head of People',
    functionName: 'People',
    teamName: null,
    managerRef: ceo.employeeId,
    level: 'M3',
    roles: [Role.HR, Role.ADMIN],
  });
  const research = builder.add({
    title: 'Head of Research',
    functionName: 'Research',
    teamName: null,
    managerRef: ceo.employeeId,
    level: 'M3',
    roles: [Role.SPONSOR],
  });
  builder.add({
    title: 'People Partner',
    functionName: 'People',
    teamName: null,
    managerRef: hr.employeeId,
    level: 'IC2',
    roles: [],
  });
  for (let index = 0; index < 8; index++) {
    builder.add({
      title: index < 3 ? 'Senior Scientist' : 'Scientist',
      functionName: 'Research',
      teamName: index % 2 === 0 ? 'Materials' : 'Energy',
      managerRef: research.employeeId,
      level: index < 3 ? 'IC4' : 'IC2',
      roles: index < 3 ? [Role.CANDIDATE] : [],
    });
  }
  return { slug: 'globex', name: 'Globex', people: builder.people, withEvidence: false };
}

/** The two demo tenants, generated the same way every time (a fixed random seed). */
export function buildDemoOrganizations(): DemoOrganization[] {
  return [buildAcme(), buildGlobex()];
}
