import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators';
import { ServiceStatus } from './service-status';

export interface HealthReport {
  /** draining: shutting down, finishing the requests it has; a load balancer should send no more. */
  status: 'ok' | 'degraded' | 'draining';
  /** restarting: the embedded PostgreSQL died and Bridge is starting it again. */
  database: 'up' | 'down' | 'restarting';
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly status: ServiceStatus,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const database = await this.database();
    const status = this.status.draining ? 'draining' : database === 'up' ? 'ok' : 'degraded';
    response.status(status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status, database };
  }

  private async database(): Promise<HealthReport['database']> {
    if (this.status.databaseRestarting) return 'restarting';
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }
}
