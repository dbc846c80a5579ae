import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The allocator cmark-gfm uses for our documents: while a `ParsedDocument` is alive on a
/// thread, every node, buffer and rendered string is carved out of that thread's arena and
/// all of it is dropped at once when the document goes.
///
/// cmark-gfm makes hundreds of small `calloc`s and `realloc`s per body (a node per inline,
/// a growing buffer per block); with glibc's allocator that was an eighth of a whole build's
/// time. Here they cost a pointer bump, and the arena's blocks are reused for the thread's
/// next document.
///
/// Every allocation starts with a 16-byte header (its size and where it came from), so any
/// pointer cmark hands back (to `free` or `realloc`) is dealt with correctly: arena memory is
/// left for the arena, memory taken while no document was alive is freed with `free`, and a
/// pointer without our header (cmark's own default allocator) goes to `free` or `realloc` as
/// it is.
enum CmarkArena {
    /// Lives as long as the process: parsers and nodes keep a pointer to it.
    /// Written once here and only read afterwards.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: { count, size in
            let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
            if overflow { fatalError("Markdown too large to parse") }
            let pointer = allocate(bytes)
            memset(pointer, 0, bytes)
            return pointer
        }, realloc: { pointer, size in
            reallocate(pointer, size)
        }, free: { pointer in
            release(pointer)
        }))
        return memory
    }()

    /// Marks the start of a document's life on this thread. Nested documents are fine:
    /// memory is reclaimed when the outermost one ends.
    static func begin() { withState { $0.depth += 1 } }

    /// Marks the end of a document's life; the arena is reset when no document is left.
    static func end() {
        withState { state in
            state.depth -= 1
            if state.depth == 0 { state.reset() }
        }
    }

    private static let headerSize = 16
    private static let heapTag: UInt = 0xC3C3_C3C3_C3C3_C301
    private static let arenaTag: UInt = 0xC3C3_C3C3_C3C3_C302

    private static func allocate(_ bytes: Int) -> UnsafeMutableRawPointer {
        let fromArena = withState { state -> UnsafeMutableRawPointer? in
            state.depth > 0 ? state.allocate(headerSize + bytes) : nil
        }
        if let p = fromArena { return stamp(p, size: bytes, tag: arenaTag) }
        guard let p = malloc(headerSize + bytes) else { fatalError("out of memory while parsing Markdown") }
        return stamp(p, size: bytes, tag: heapTag)
    }

    private static func stamp(_ p: UnsafeMutableRawPointer, size: Int, tag: UInt) -> UnsafeMutableRawPointer {
        p.storeBytes(of: size, as: Int.self)
        p.storeBytes(of: tag, toByteOffset: 8, as: UInt.self)
        return p + headerSize
    }

    private static func tag(of p: UnsafeMutableRawPointer) -> UInt {
        (p - headerSize).load(fromByteOffset: 8, as: UInt.self)
    }

    private static func size(of p: UnsafeMutableRawPointer) -> Int {
        (p - headerSize).load(as: Int.self)
    }

    private static func release(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer else { return }
        switch tag(of: pointer) {
        case arenaTag: return
        case heapTag: free(pointer - headerSize)
        default: free(pointer)
        }
    }

    private static func reallocate(_ pointer: UnsafeMutableRawPointer?, _ bytes: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(bytes) }
        switch tag(of: pointer) {
        case heapTag:
            guard let grown = realloc(pointer - headerSize, headerSize + bytes) else { fatalError("out of memory while parsing Markdown") }
            return stamp(grown, size: bytes, tag: heapTag)
        case arenaTag:
            let old = size(of: pointer)
            if withState({ $0.depth > 0 && $0.extendLast(pointer - headerSize, to: headerSize + bytes) }) {
                (pointer - headerSize).storeBytes(of: bytes, as: Int.self)
                return pointer
            }
            let moved = allocate(bytes)
            memcpy(moved, pointer, min(old, bytes))
            return moved
        default:
            return realloc(pointer, bytes)
        }
    }

    /// One thread's arena: blocks of `blockSize` reused from document to document, plus
    /// larger one-off blocks freed at each reset.
    private final class State {
        static let blockSize = 256 * 1024
        var depth = 0
        var blocks: [UnsafeMutableRawPointer] = []
        var large: [UnsafeMutableRawPointer] = []
        var block = -1
        var cursor = 0
        /// Offset of the last allocation in the current block, so a growing buffer can
        /// extend in place.
        var last = -1

        func allocate(_ total: Int) -> UnsafeMutableRawPointer {
            let rounded = (total + 15) & ~15
            if rounded > Self.blockSize / 4 {
                guard let p = malloc(rounded) else { fatalError("out of memory while parsing Markdown") }
                large.append(p)
                return p
            }
            if block < 0 || cursor + rounded > Self.blockSize {
                block += 1
                cursor = 0
                if block == blocks.count {
                    guard let p = malloc(Self.blockSize) else { fatalError("out of memory while parsing Markdown") }
                    blocks.append(p)
                }
            }
            last = cursor
            cursor += rounded
            return blocks[block] + last
        }

        /// Grows the block's last allocation where it stands, when there is room.
        func extendLast(_ start: UnsafeMutableRawPointer, to total: Int) -> Bool {
            guard block >= 0, last >= 0, start == blocks[block] + last else { return false }
            let rounded = (total + 15) & ~15
            guard last + rounded <= Self.blockSize else { return false }
            cursor = max(cursor, last + rounded)
            return true
        }

        func reset() {
            for p in large { free(p) }
            large.removeAll(keepingCapacity: true)
            block = blocks.isEmpty ? -1 : 0
            cursor = 0
            last = -1
        }

        deinit {
            for p in blocks { free(p) }
            for p in large { free(p) }
        }
    }

    nonisolated(unsafe) private static let key: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Glibc)
        pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<State>.fromOpaque(raw).release()
        }
        #else
        pthread_key_create(&key) { raw in Unmanaged<State>.fromOpaque(raw).release() }
        #endif
        return key
    }()

    /// This thread's arena, without reference counting on every allocation.
    private static func withState<T>(_ body: (State) -> T) -> T {
        let raw = pthread_getspecific(key) ?? {
            let fresh = Unmanaged.passRetained(State()).toOpaque()
            pthread_setspecific(key, fresh)
            return fresh
        }()
        return Unmanaged<State>.fromOpaque(raw)._withUnsafeGuaranteedRef(body)
    }
}
