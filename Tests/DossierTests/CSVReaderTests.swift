import Foundation
import Testing
@testable import Dossier

@Suite struct CSVReaderTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "dossier-csv-\(UUID().uuidString).csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func readAll(_ text: String, delimiter: Character = ",", bufferSize: Int = 1 << 16) throws -> [[String]] {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CSVReader(path: path, delimiter: delimiter.asciiValue ?? 44, bufferSize: bufferSize)
        var rows: [[String]] = []
        while let f = try r.next() { rows.append(f) }
        return rows
    }

    @Test func plainAndQuoted() throws {
        let rows = try readAll("a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\r\n2,,\"multi\nline\"\n\n3,é,\n")
        #expect(rows == [["a", "b", "c"], ["1", "x, y", "he said \"hi\""], ["2", "", "multi\nline"], ["3", "é", ""]])
    }

    @Test func tinyBufferGivesSameResult() throws {
        let text = "id|name\n1|\"Anna \"\"A\"\"\"\n2|Bob\n"
        #expect(try readAll(text, delimiter: "|", bufferSize: 16) == [["id", "name"], ["1", "Anna \"A\""], ["2", "Bob"]])
    }

    @Test func noFinalNewline() throws {
        #expect(try readAll("1,2") == [["1", "2"]])
    }

    @Test func errorsNameFileAndLine() throws {
        let path = try write("a,b\n1,x\"y\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CSVReader(path: path)
        _ = try r.next()
        #expect(throws: DossierError.self) { _ = try r.next() }
        do { _ = try r.next(); _ = try r.next() } catch let e as DossierError {
            #expect(e.code == .loadCSVError)
        }
        #expect(throws: DossierError.self) { _ = try CSVReader(path: "/nonexistent/x.csv") }
    }

    @Test func unterminatedQuote() throws {
        let path = try write("a,\"b\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CSVReader(path: path)
        do {
            _ = try r.next()
            Issue.record("expected an error")
        } catch let e as DossierError {
            #expect(e.message.contains(":1:"))
        }
    }
}
