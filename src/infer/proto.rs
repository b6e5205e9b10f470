//! A small, dependency-free reader for the subset of the ONNX protobuf schema that `mlo`
//! executes (`ModelProto` → `GraphProto` → nodes, attributes, initializers, value infos).
//! It exists so that building `mlo` needs no `protoc` (candle-onnx's build script does) and
//! no generated code: protobuf's wire format is five rules, and ONNX uses four of them.
//! Unknown fields are skipped, as protobuf requires. Called only by [`super::onnx`].

use std::fmt;

/// A malformed protobuf message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtoError(pub String);

impl fmt::Display for ProtoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

type Result<T> = std::result::Result<T, ProtoError>;

fn bad(what: &str) -> ProtoError {
    ProtoError(format!("malformed ONNX protobuf: {what}"))
}

/// One field as it appears on the wire.
enum Value<'a> {
    Varint(u64),
    Fixed64(u64),
    Bytes(&'a [u8]),
    Fixed32(u32),
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    fn varint(&mut self) -> Result<u64> {
        let mut out = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self
                .buf
                .get(self.pos)
                .ok_or_else(|| bad("truncated varint"))?;
            self.pos += 1;
            out |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(out);
            }
        }
        Err(bad("varint longer than 10 bytes"))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| bad("field runs past the end of its message"))?;
        let out = &self.buf[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    /// The next (field number, value), or `None` at the end.
    fn next(&mut self) -> Result<Option<(u64, Value<'a>)>> {
        if self.pos >= self.buf.len() {
            return Ok(None);
        }
        let key = self.varint()?;
        let field = key >> 3;
        let value = match key & 7 {
            0 => Value::Varint(self.varint()?),
            1 => Value::Fixed64(u64::from_le_bytes(
                self.take(8)?.try_into().unwrap_or([0; 8]),
            )),
            2 => {
                let n = usize::try_from(self.varint()?).map_err(|_| bad("length too large"))?;
                Value::Bytes(self.take(n)?)
            }
            5 => Value::Fixed32(u32::from_le_bytes(
                self.take(4)?.try_into().unwrap_or([0; 4]),
            )),
            w => return Err(bad(&format!("unsupported wire type {w}"))),
        };
        Ok(Some((field, value)))
    }
}

fn string(b: &[u8]) -> Result<String> {
    String::from_utf8(b.to_vec()).map_err(|_| bad("string is not UTF-8"))
}

/// Repeated scalar fields may be packed (one length-delimited run) or not; accept both.
fn push_varints(v: Value<'_>, out: &mut Vec<i64>) -> Result<()> {
    match v {
        Value::Varint(x) => out.push(x as i64),
        Value::Bytes(b) => {
            let mut r = Reader::new(b);
            while r.pos < b.len() {
                out.push(r.varint()? as i64);
            }
        }
        _ => return Err(bad("expected an integer")),
    }
    Ok(())
}

fn push_f32s(v: Value<'_>, out: &mut Vec<f32>) -> Result<()> {
    match v {
        Value::Fixed32(x) => out.push(f32::from_bits(x)),
        Value::Bytes(b) if b.len() % 4 == 0 => out.extend(
            b.chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])),
        ),
        _ => return Err(bad("expected a float")),
    }
    Ok(())
}

fn push_f64s(v: Value<'_>, out: &mut Vec<f64>) -> Result<()> {
    match v {
        Value::Fixed64(x) => out.push(f64::from_bits(x)),
        Value::Bytes(b) if b.len() % 8 == 0 => out.extend(
            b.chunks_exact(8)
                .map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8]))),
        ),
        _ => return Err(bad("expected a double")),
    }
    Ok(())
}

/// `ModelProto`, reduced to what execution needs.
#[derive(Debug, Default)]
pub struct Model {
    /// `ir_version`.
    pub ir_version: i64,
    /// `opset_import`: (domain, version).
    pub opsets: Vec<(String, i64)>,
    /// `producer_name`.
    pub producer: String,
    /// The graph.
    pub graph: Graph,
}

/// `GraphProto`.
#[derive(Debug, Default)]
pub struct Graph {
    /// Nodes in topological order (ONNX requires it).
    pub nodes: Vec<Node>,
    /// Constant tensors.
    pub initializers: Vec<TensorProto>,
    /// Graph inputs (initializers may be listed here too in old exports).
    pub inputs: Vec<ValueInfo>,
    /// Graph outputs.
    pub outputs: Vec<ValueInfo>,
}

/// `NodeProto`.
#[derive(Debug, Default, Clone)]
pub struct Node {
    /// Input value names ("" = absent optional input).
    pub inputs: Vec<String>,
    /// Output value names.
    pub outputs: Vec<String>,
    /// The node's name.
    pub name: String,
    /// The operator.
    pub op_type: String,
    /// "" (ai.onnx) or "ai.onnx.ml".
    pub domain: String,
    /// Attributes.
    pub attributes: Vec<Attribute>,
}

/// `AttributeProto` (graphs and sparse tensors are not read).
#[derive(Debug, Default, Clone)]
pub struct Attribute {
    /// The name.
    pub name: String,
    /// `f`.
    pub f: Option<f32>,
    /// `i`.
    pub i: Option<i64>,
    /// `s`.
    pub s: Option<Vec<u8>>,
    /// `t`.
    pub t: Option<TensorProto>,
    /// `floats`.
    pub floats: Vec<f32>,
    /// `ints`.
    pub ints: Vec<i64>,
    /// `strings`.
    pub strings: Vec<Vec<u8>>,
}

/// `TensorProto` with its data decoded to f32, f64 or i64.
#[derive(Debug, Default, Clone)]
pub struct TensorProto {
    /// Dimensions.
    pub dims: Vec<i64>,
    /// ONNX `DataType` code (1 float, 6 int32, 7 int64, 11 double, ...).
    pub data_type: i32,
    /// The name.
    pub name: String,
    /// `float_data`.
    pub float_data: Vec<f32>,
    /// `int32_data` and `int64_data` (widened).
    pub int_data: Vec<i64>,
    /// `double_data`.
    pub double_data: Vec<f64>,
    /// `raw_data`, little-endian.
    pub raw: Vec<u8>,
    /// Set when the data lives outside the file (not supported).
    pub external: bool,
}

/// `ValueInfoProto` for a tensor: name, element type, shape (`None` = symbolic dim).
#[derive(Debug, Default, Clone)]
pub struct ValueInfo {
    /// The name.
    pub name: String,
    /// ONNX `DataType` code; 0 when the type is not a tensor.
    pub elem_type: i32,
    /// Dimensions; `None` for a symbolic or missing one. `None` overall for unknown rank.
    pub shape: Option<Vec<Option<i64>>>,
}

/// Decode a `ModelProto`.
pub fn parse_model(buf: &[u8]) -> Result<Model> {
    let mut m = Model::default();
    let mut r = Reader::new(buf);
    while let Some((field, v)) = r.next()? {
        match (field, v) {
            (1, Value::Varint(x)) => m.ir_version = x as i64,
            (2, Value::Bytes(b)) => m.producer = string(b)?,
            (7, Value::Bytes(b)) => m.graph = parse_graph(b)?,
            (8, Value::Bytes(b)) => {
                let (mut domain, mut version) = (String::new(), 0);
                let mut o = Reader::new(b);
                while let Some((f, v)) = o.next()? {
                    match (f, v) {
                        (1, Value::Bytes(b)) => domain = string(b)?,
                        (2, Value::Varint(x)) => version = x as i64,
                        _ => {}
                    }
                }
                m.opsets.push((domain, version));
            }
            _ => {}
        }
    }
    if m.graph.nodes.is_empty() && m.graph.outputs.is_empty() {
        return Err(bad("no graph (is this an ONNX model?)"));
    }
    Ok(m)
}

fn parse_graph(buf: &[u8]) -> Result<Graph> {
    let mut g = Graph::default();
    let mut r = Reader::new(buf);
    while let Some((field, v)) = r.next()? {
        match (field, v) {
            (1, Value::Bytes(b)) => g.nodes.push(parse_node(b)?),
            (5, Value::Bytes(b)) => g.initializers.push(parse_tensor(b)?),
            (11, Value::Bytes(b)) => g.inputs.push(parse_value_info(b)?),
            (12, Value::Bytes(b)) => g.outputs.push(parse_value_info(b)?),
            _ => {}
        }
    }
    Ok(g)
}

fn parse_node(buf: &[u8]) -> Result<Node> {
    let mut n = Node::default();
    let mut r = Reader::new(buf);
    while let Some((field, v)) = r.next()? {
        match (field, v) {
            (1, Value::Bytes(b)) => n.inputs.push(string(b)?),
            (2, Value::Bytes(b)) => n.outputs.push(string(b)?),
            (3, Value::Bytes(b)) => n.name = string(b)?,
            (4, Value::Bytes(b)) => n.op_type = string(b)?,
            (5, Value::Bytes(b)) => n.attributes.push(parse_attribute(b)?),
            (7, Value::Bytes(b)) => n.domain = string(b)?,
            _ => {}
        }
    }
    Ok(n)
}

fn parse_attribute(buf: &[u8]) -> Result<Attribute> {
    let mut a = Attribute::default();
    let mut r = Reader::new(buf);
    while let Some((field, v)) = r.next()? {
        match (field, v) {
            (1, Value::Bytes(b)) => a.name = string(b)?,
            (2, Value::Fixed32(x)) => a.f = Some(f32::from_bits(x)),
            (3, Value::Varint(x)) => a.i = Some(x as i64),
            (4, Value::Bytes(b)) => a.s = Some(b.to_vec()),
            (5, Value::Bytes(b)) => a.t = Some(parse_tensor(b)?),
            (7, v) => push_f32s(v, &mut a.floats)?,
            (8, v) => push_varints(v, &mut a.ints)?,
            (9, Value::Bytes(b)) => a.strings.push(b.to_vec()),
            _ => {}
        }
    }
    Ok(a)
}

fn parse_tensor(buf: &[u8]) -> Result<TensorProto> {
    let mut t = TensorProto::default();
    let mut r = Reader::new(buf);
    while let Some((field, v)) = r.next()? {
        match (field, v) {
            (1, v) => push_varints(v, &mut t.dims)?,
            (2, Value::Varint(x)) => t.data_type = x as i32,
            (4, v) => push_f32s(v, &mut t.float_data)?,
            (5, v) | (7, v) => push_varints(v, &mut t.int_data)?,
            (8, Value::Bytes(b)) => t.name = string(b)?,
            (9, Value::Bytes(b)) => t.raw = b.to_vec(),
            (10, v) => push_f64s(v, &mut t.double_data)?,
            (13, _) => t.external = true,
            (14, Value::Varint(1)) => t.external = true,
            _ => {}
        }
    }
    Ok(t)
}

fn parse_value_info(buf: &[u8]) -> Result<ValueInfo> {
    let mut vi = ValueInfo::default();
    let mut r = Reader::new(buf);
    while let Some((field, v)) = r.next()? {
        match (field, v) {
            (1, Value::Bytes(b)) => vi.name = string(b)?,
            // TypeProto.tensor_type = 1 → Tensor { elem_type = 1, shape = 2 }
            (2, Value::Bytes(b)) => {
                let mut tr = Reader::new(b);
                while let Some((f, v)) = tr.next()? {
                    if let (1, Value::Bytes(tensor)) = (f, v) {
                        let mut te = Reader::new(tensor);
                        while let Some((f, v)) = te.next()? {
                            match (f, v) {
                                (1, Value::Varint(x)) => vi.elem_type = x as i32,
                                (2, Value::Bytes(shape)) => vi.shape = Some(parse_shape(shape)?),
                                _ => {}
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(vi)
}

fn parse_shape(buf: &[u8]) -> Result<Vec<Option<i64>>> {
    let mut dims = Vec::new();
    let mut r = Reader::new(buf);
    while let Some((field, v)) = r.next()? {
        if let (1, Value::Bytes(dim)) = (field, v) {
            let mut value = None;
            let mut d = Reader::new(dim);
            while let Some((f, v)) = d.next()? {
                if let (1, Value::Varint(x)) = (f, v) {
                    value = Some(x as i64);
                }
            }
            dims.push(value);
        }
    }
    Ok(dims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_packed_fields() {
        // field 1 (dims), packed: [3, 300]
        let buf = [0x0a, 0x03, 0x03, 0xac, 0x02, 0x10, 0x01];
        let t = parse_tensor(&buf).unwrap();
        assert_eq!(t.dims, vec![3, 300]);
        assert_eq!(t.data_type, 1);
    }

    #[test]
    fn truncated_input_is_an_error_not_a_panic() {
        assert!(parse_model(&[0x3a, 0x10, 0x01]).is_err());
        assert!(parse_model(&[0xff; 12]).is_err());
        assert!(parse_model(b"").is_err());
    }
}
