import { Injectable } from '@nestjs/common';

/**
 * What this process knows about itself beyond what a query can tell: it is draining for shutdown,
 * or it is starting its embedded PostgreSQL again. /health reports both to load balancers.
 */
@Injectable()
export class ServiceStatus {
  draining = false;
  databaseRestarting = false;
}
