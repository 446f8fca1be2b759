/** One page of a list answer. A leaf module: the web pages import it too. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
