/** A directed graph: each node with the nodes it has an edge to. */
export type Graph = ReadonlyMap<string, ReadonlySet<string>>

/**
 * The strongly connected components of a graph with more than one node (Tarjan), each sorted,
 * in sorted order: every node of one reaches every other, so each lies on a cycle.
 */
export const cyclicComponents = (graph: Graph): string[][] => {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const components: string[][] = []
  // Recursive: the graphs here are a workspace's top-level folders, about twenty.
  const visit = (node: string): void => {
    index.set(node, index.size)
    low.set(node, index.size - 1)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number))
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string | undefined
    do {
      member = stack.pop() as string
      component.push(member)
    } while (member !== node)
    if (component.length > 1) components.push(component.sort(byName))
  }
  for (const node of [...graph.keys()].sort(byName)) if (!index.has(node)) visit(node)
  return components.sort((a, b) => byName(a[0] as string, b[0] as string))
}

/**
 * One cycle per cyclic component: the shortest from the component's smallest node back to it
 * (breadth first), as its nodes in order without repeating the first.
 */
export const findCycles = (graph: Graph): string[][] =>
  cyclicComponents(graph).map((component) => {
    const start = component[0] as string
    const inComponent = new Set(component)
    const cameFrom = new Map<string, string>()
    const queue = [start]
    for (let i = 0; i < queue.length; i += 1) {
      const node = queue[i] as string
      for (const next of [...(graph.get(node) ?? [])].sort(byName)) {
        if (next === start) {
          const cycle = [node]
          while (cycle[0] !== start) cycle.unshift(cameFrom.get(cycle[0] as string) as string)
          return cycle
        }
        if (inComponent.has(next) && !cameFrom.has(next)) {
          cameFrom.set(next, node)
          queue.push(next)
        }
      }
    }
    throw new Error(`${start} is on no cycle of its component`)
  })

const byName = (a: string, b: string): number => a.localeCompare(b)
