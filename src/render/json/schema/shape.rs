//! The shape of a JSON value, as docs/json-shape.txt records it.

/// The shape of a JSON value, one line a path: `$.pages[].blocks[]
/// {kind=contact}.contact.web: absent|string`. An object with a `kind` or
/// `type` field is told apart by its value, so each kind of block and run
/// has its own fields (a run's, `run{type=link}.href`, once for every
/// text); a field missing from some of its objects is `absent` there.
pub fn shape(values: &[serde_json::Value]) -> String {
    use std::collections::{BTreeMap, BTreeSet};
    #[derive(Default)]
    struct Acc {
        types: BTreeMap<String, BTreeSet<&'static str>>,
        objects: BTreeMap<String, Vec<BTreeSet<String>>>,
    }
    fn walk(v: &serde_json::Value, path: String, acc: &mut Acc) {
        use serde_json::Value as V;
        let ty = match v {
            V::Null => "null",
            V::Bool(_) => "bool",
            V::Number(n) if n.is_u64() => "unsigned",
            V::Number(_) => "number",
            V::String(_) => "string",
            V::Array(items) => {
                for item in items {
                    walk(item, format!("{path}[]"), acc);
                }
                "array"
            }
            V::Object(map) => {
                let tag = ["kind", "type"]
                    .into_iter()
                    .find_map(|k| Some((k, map.get(k)?.as_str()?)));
                let here = match tag {
                    // A run is the same wherever text is: one shape.
                    Some(("type", value)) => format!("run{{type={value}}}"),
                    Some((k, value)) => format!("{path}{{{k}={value}}}"),
                    None => path.clone(),
                };
                for (k, item) in map {
                    walk(item, format!("{here}.{k}"), acc);
                }
                acc.objects
                    .entry(here)
                    .or_default()
                    .push(map.keys().cloned().collect());
                "object"
            }
        };
        acc.types.entry(path).or_default().insert(ty);
    }
    let mut acc = Acc::default();
    for v in values {
        walk(v, "$".to_string(), &mut acc);
    }
    for (path, instances) in &acc.objects {
        let all: BTreeSet<&String> = instances.iter().flatten().collect();
        for key in all {
            if instances.iter().any(|keys| !keys.contains(key))
                && let Some(t) = acc.types.get_mut(&format!("{path}.{key}"))
            {
                t.insert("absent");
            }
        }
    }
    let mut out = String::new();
    for (path, types) in &acc.types {
        let types: Vec<&str> = types.iter().copied().collect();
        out.push_str(&format!("{path}: {}\n", types.join("|")));
    }
    out
}
