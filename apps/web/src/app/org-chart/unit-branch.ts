import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { UnitTreeQuery } from '../graphql/generated';
import { Icon } from '../ui/icon';
import type { UnitNode } from './unit-tree';

export type OrgUnitNode = UnitNode<UnitTreeQuery['orgUnits'][number]>;

export function peopleInBranch(node: OrgUnitNode): number {
  return node.children.reduce((total, child) => total + peopleInBranch(child), node.unit.memberCount);
}

/** A function with the teams inside it; each unit links to the directory filtered to it. */
@Component({
  selector: 'bridge-unit-branch',
  imports: [RouterLink, Icon],
  template: `
    <a class="unit" [class.function]="node().depth === 0" [routerLink]="['/people']" [queryParams]="{ unit: node().unit.id }">
      <bridge-icon [name]="node().depth === 0 ? 'unit' : 'people'" class="kind-icon" />
      <span class="name">{{ node().unit.name }}</span>
      <span class="visually-hidden">{{ node().unit.kind === 'FUNCTION' ? 'Function' : 'Team' }}</span>
      <span class="count">{{ total() }} {{ total() === 1 ? 'person' : 'people' }}</span>
      <bridge-icon name="chevron-right" class="chevron" />
    </a>
    @if (node().children.length > 0) {
      <ul>
        @for (child of node().children; track child.unit.id) {
          <li><bridge-unit-branch [node]="child" /></li>
        }
      </ul>
    }
  `,
  styleUrl: './unit-branch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitBranch {
  readonly node = input.required<OrgUnitNode>();
  protected readonly total = computed(() => peopleInBranch(this.node()));
}
