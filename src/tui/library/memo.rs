//! Work done on a library's content by the parts of the kiosk above it
//! (pages laid out at a width, the words folded for search), kept by key
//! so that a key press does not do it again. The values are of types the
//! library does not know: it holds the content, the layout and search
//! layers hold what they make of it, and nothing here points back up.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Values by key, each of whatever type its maker returns.
pub(crate) struct Memo {
    values: RefCell<HashMap<String, Rc<dyn Any>>>,
    /// Forget everything when there are more than this many (resizing
    /// makes new layouts; the memory stays small).
    most: Option<usize>,
}

impl Memo {
    pub(crate) fn new(most: Option<usize>) -> Memo {
        Memo {
            values: RefCell::default(),
            most,
        }
    }

    /// The value remembered under `key`, made by `make` the first time.
    /// A key is only ever used for one type; a value of another type
    /// under it is made again and replaced.
    pub(crate) fn get_or<T: Any>(&self, key: &str, make: impl FnOnce() -> T) -> Rc<T> {
        let known = self.values.borrow().get(key).cloned();
        if let Some(v) = known.and_then(|v| v.downcast::<T>().ok()) {
            return v;
        }
        let v = Rc::new(make());
        let mut values = self.values.borrow_mut();
        if self.most.is_some_and(|most| values.len() > most) {
            values.clear();
        }
        values.insert(key.to_string(), Rc::clone(&v) as Rc<dyn Any>);
        v
    }

    pub(crate) fn clear(&self) {
        self.values.borrow_mut().clear();
    }
}
