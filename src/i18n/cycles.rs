//! Messages and terms that refer back to themselves (`-a = { -b }`, `-b = { -a }`):
//! Fluent can never show them, and a learner would see `{-a}`. Found with a depth-first
//! walk that keeps its own stack, so a chain of thousands of references cannot overflow
//! the real one.

use rustc_hash::FxHashMap;

use crate::content::diag::Problem;

/// A problem found, not yet placed at a line and column: which of the language's files,
/// and the byte offset in it.
pub type Found = (usize, usize, Problem);

/// What refers to what in one language, across all its files.
#[derive(Default)]
pub struct Graph {
    nodes: Vec<Node>,
    index: FxHashMap<String, usize>,
}

struct Node {
    name: String,
    /// Which of the language's files defines it.
    file: usize,
    /// Each reference: what it names, and its byte offset in that file.
    edges: Vec<(String, usize)>,
}

impl Graph {
    /// Adds a message, attribute or term (named as `walk::node_name` names it) and what it
    /// refers to. A second definition of the same name is left out, as Fluent leaves it.
    pub fn add(&mut self, name: String, file: usize, edges: Vec<(String, usize)>) {
        if self.index.contains_key(&name) {
            return;
        }
        self.index.insert(name.clone(), self.nodes.len());
        self.nodes.push(Node { name, file, edges });
    }

    /// One error for each reference to a message, attribute or term this language does
    /// not define (Fluent looks only in the same language, so the learner would see the
    /// name in braces), except those `broken` says are in a file already reported.
    pub fn unknown_references(&self, broken: impl Fn(&str) -> bool) -> Vec<Found> {
        let mut found = Vec::new();
        for node in &self.nodes {
            for (target, offset) in &node.edges {
                let entry = target.split('.').next().unwrap_or(target);
                if !self.index.contains_key(target) && !broken(entry) {
                    found.push((node.file, *offset, Problem::UnknownReference { target: target.clone() }));
                }
            }
        }
        found
    }

    /// One error for each cycle, at the reference where the cycle starts.
    pub fn cycles(&self) -> Vec<Found> {
        let mut problems = Vec::new();
        // 0: not yet seen, 1: on the walk's path now, 2: done.
        let mut state = vec![0u8; self.nodes.len()];
        for start in 0..self.nodes.len() {
            if state[start] != 0 {
                continue;
            }
            // The path so far: each node with how many of its edges have been followed.
            let mut path: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = 1;
            while let Some(last) = path.last_mut() {
                let (node, followed) = *last;
                let Some((target, _)) = self.nodes[node].edges.get(followed) else {
                    state[node] = 2;
                    path.pop();
                    continue;
                };
                last.1 += 1;
                let Some(&target) = self.index.get(target) else { continue };
                match state[target] {
                    0 => {
                        state[target] = 1;
                        path.push((target, 0));
                    }
                    1 => problems.push(self.report(&path, target)),
                    _ => {}
                }
            }
        }
        problems
    }

    /// The cycle from `target` (on `path`) round to `target` again.
    fn report(&self, path: &[(usize, usize)], target: usize) -> Found {
        let from = path.iter().position(|(node, _)| *node == target).unwrap_or(0);
        let mut names: Vec<&str> = path[from..].iter().map(|(node, _)| self.nodes[*node].name.as_str()).collect();
        names.push(&self.nodes[target].name);
        // The reference the cycle leaves `target` by: the edge last followed from it.
        let (node, followed) = path[from];
        let start = &self.nodes[node];
        let offset = start.edges.get(followed.saturating_sub(1)).map_or(0, |(_, offset)| *offset);
        (start.file, offset, Problem::Cycle { id: start.name.clone(), cycle: names.join(" → ") })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cycles_of(edges: &[(&str, &[&str])]) -> Vec<String> {
        let mut graph = Graph::default();
        for (name, to) in edges {
            graph.add(name.to_string(), 0, to.iter().map(|t| (t.to_string(), 0)).collect());
        }
        graph
            .cycles()
            .into_iter()
            .map(|(_, _, problem)| match problem {
                Problem::Cycle { cycle, .. } => cycle,
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn each_cycle_is_found_once() {
        assert_eq!(cycles_of(&[("-a", &["-b"]), ("-b", &["-a"])]), ["-a → -b → -a"]);
        assert_eq!(cycles_of(&[("m", &["m"])]), ["m → m"]);
        assert_eq!(cycles_of(&[("x", &["y", "-t"]), ("y", &["z"]), ("z", &["y"]), ("-t", &[])]), ["y → z → y"]);
        assert!(cycles_of(&[("a", &["b", "b"]), ("b", &["c"]), ("c", &[]), ("a.attr", &["a"])]).is_empty());
    }

    #[test]
    fn a_chain_of_a_hundred_thousand_references_does_not_overflow() {
        let names: Vec<String> = (0..100_000).map(|i| format!("m{i}")).collect();
        let mut graph = Graph::default();
        for (i, name) in names.iter().enumerate() {
            let next = names.get(i + 1).unwrap_or(&names[0]);
            graph.add(name.clone(), 0, vec![(next.clone(), 0)]);
        }
        assert_eq!(graph.cycles().len(), 1);
    }
}
