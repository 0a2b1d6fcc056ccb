/**
 * A large HR export in the shape of shared/data/hris-export-sample.csv: a CEO, function heads,
 * team managers and their reports, deterministic for a given size.
 */
export function generatePeopleCsv(size: number): string {
  const functions = [
    'Engineering',
    'Sales',
    'Operations',
    'Finance',
    'People',
    'Marketing',
    'Legal',
    'Support',
  ];
  const lines = [
    'Employee ID,First Name,Last Name,Work Email,Job Title,Department,Team,Manager Employee ID,Location,Job Level',
  ];
  const id = (n: number) => `B${String(n).padStart(6, '0')}`;
  const person = (n: number, title: string, department: string, team: string, manager: string) =>
    `${id(n)},First${n},Last${n},person.${n}@bench.test,${title},${department},${team},${manager},Remote,IC2`;
  lines.push(person(1, 'Chief Executive Officer', 'Executive', '', ''));
  let next = 2;
  const heads = functions.map((department) => {
    const head = next++;
    lines.push(person(head, `VP ${department}`, department, '', id(1)));
    return head;
  });
  let team = 0;
  while (next <= size) {
    const functionIndex = team % functions.length;
    const manager = next++;
    const teamName = `Team ${team}`;
    lines.push(person(manager, 'Manager', functions[functionIndex], teamName, id(heads[functionIndex])));
    for (let member = 0; member < 9 && next <= size; member++) {
      lines.push(person(next, 'Specialist', functions[functionIndex], teamName, id(manager)));
      next++;
    }
    team++;
  }
  return `${lines.join('\n')}\n`;
}
