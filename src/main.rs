fn main() {
    let p = careguide::project::Project::embedded();
    for d in &p.diagnostics {
        eprintln!("{}", d.render(true));
    }
}
