import DatasetReaders
import Synchronization
import Testing

/// Every validation message of SPEC §1.2, exactly as `validate` prints it.
@Suite struct ValidationTests {
    private func messages(events: String) throws -> [String] {
        try TemporaryDataset(["member_events.csv": "member_id,date,type,unit_id,from_unit_id,status\n" + events]).messages()
    }

    @Test func theBaseDatasetIsValid() throws {
        let result = try TemporaryDataset([:]).load()
        #expect(result.problems.isEmpty)
        #expect(result.isValid)
        #expect(result.memberships.count == 2)
    }

    @Test func membershipSpansAreHandedOnOnceReplayed() throws {
        // The store makes its memberships table from them while the rest is still being checked.
        let handed = Mutex<[[MembershipSpan]]>([])
        let result = try DatasetLoader().load(TemporaryDataset([:]).url,
                                              whenReplayed: { spans in handed.withLock { $0.append(spans) } })
        #expect(handed.withLock { $0 } == [result.memberships])
        #expect(result.memberships.count == 2)
    }

    // MARK: units

    @Test func unitTreeProblems() throws {
        let units = """
            id,parent_id,name,kind
            d,,Huyện,district
            x,d,Xã,grassroots_committee
            x,d,Xã lặp,grassroots_committee
            b1,zz,Chi bộ 1,branch
            e,,Huyện khác,district
            c1,c2,Vòng 1,branch
            c2,c1,Vòng 2,branch
            b2,x,Chi bộ 2,branch
            s,s,Tự trỏ,branch

            """
        let messages = try TemporaryDataset(["units.csv": units]).messages()
        #expect(messages.contains("units.csv:4: column id: duplicate unit id \"x\" (first at units.csv:3)"))
        #expect(messages.contains("units.csv:5: column parent_id: unknown unit \"zz\""))
        #expect(messages.contains(
            "units.csv:6: column parent_id: more than one root unit: e and d (at units.csv:2) both have no parent"))
        #expect(messages.contains("units.csv:7: column parent_id: the unit tree has a cycle: c1 → c2 → c1"))
        #expect(messages.contains("units.csv:10: column parent_id: unit s is its own parent"))
        #expect(messages.filter { $0.contains("cycle") }.count == 1)
    }

    @Test func aTreeWithNoRoot() throws {
        let units = "id,parent_id,name,kind\nb1,b2,Chi bộ 1,branch\nb2,b1,Chi bộ 2,branch\n"
        let messages = try TemporaryDataset(["units.csv": units]).messages()
        #expect(messages.contains("units.csv: no root unit: every unit has a parent_id; the root's must be empty"))
    }

    // MARK: members and references

    @Test func duplicateMembersAndMembersWithoutEvents() throws {
        let members = TemporaryDataset.baseMembers + "m1,Lò Văn Lặp,male,1981-01-01\nm3,Cầm Văn Ba,male,1970-03-03\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages.contains("members.csv:4: column id: duplicate member id \"m1\" (first at members.csv:2)"))
        #expect(messages.contains(
            "members.csv:5: warning: column id: member m3 has no events in member_events and counts nowhere"))
    }

    @Test func unknownReferences() throws {
        let messages = try messages(events: """
            m1,2020-01-01,admitted,b1,,
            m2,2020-01-01,transferred_in,b2,,
            m9,2020-01-01,admitted,b1,,
            m1,2021-01-01,made_official,zz,,
            m2,2021-01-01,moved,b1,yy,

            """)
        #expect(messages.contains("member_events.csv:4: column member_id: unknown member \"m9\""))
        #expect(messages.contains("member_events.csv:5: column unit_id: unknown unit \"zz\""))
        #expect(messages.contains("member_events.csv:6: column from_unit_id: unknown unit \"yy\""))
    }

    @Test func targetProblems() throws {
        let targets = "unit_id,year,metric,value\nx,2024,admissions,3\nx,2024,admissions,4\nzz,2024,admissions,1\n"
            + "x,năm,admissions,1\nx,24,admissions,1\nx,2025,admissions,-4\n"
        let messages = try TemporaryDataset(["targets.csv": targets]).messages()
        #expect(messages.contains(
            "targets.csv:3: column value: target admissions for unit x in 2024 given twice (first at targets.csv:2)"))
        #expect(messages.contains("targets.csv:4: column unit_id: unknown unit \"zz\""))
        #expect(messages.contains("targets.csv:5: column year: \"năm\" is not a number"))
        #expect(messages.contains("targets.csv:6: column year: 24 is not a year"))
        #expect(messages.contains("targets.csv:7: column value: cannot be negative (-4.0)"))
    }

    // MARK: impossible sequences

    @Test func madeOfficialNeedsAProbationaryMember() throws {
        let messages = try messages(events: """
            m1,2020-01-01,admitted,b1,,
            m1,2021-01-01,made_official,b1,,
            m1,2021-06-01,made_official,b1,,
            m2,2020-01-01,transferred_in,b2,,

            """)
        #expect(messages == [
            "member_events.csv:4: column type: member m1 is not probationary on 2021-06-01; "
                + "made_official needs a probationary member",
        ])
    }

    @Test func nothingFollowsDeath() throws {
        let messages = try messages(events: """
            m1,2020-01-01,admitted,b1,,
            m1,2022-01-01,died,b1,,
            m1,2023-01-01,restored,b1,,
            m2,2020-01-01,transferred_in,b2,,

            """)
        #expect(messages == ["member_events.csv:4: column type: member m1 died on 2022-01-01; no event can follow"])
    }

    @Test func joiningTwice() throws {
        let messages = try messages(events: """
            m1,2020-01-01,admitted,b1,,
            m1,2021-01-01,transferred_in,b2,,
            m2,2020-01-01,transferred_in,b2,,

            """)
        #expect(messages == [
            "member_events.csv:3: column type: member m1 is already a member (in b1 since 2020-01-01); "
                + "transferred_in needs someone who is not",
        ])
    }

    @Test func eventsMustNameTheBranchTheMemberIsIn() throws {
        let messages = try messages(events: """
            m1,2020-01-01,admitted,b1,,
            m1,2020-06-01,made_official,b2,,
            m1,2021-01-01,moved,b1,b2,
            m2,2020-01-01,transferred_in,b2,,
            m2,2022-01-01,transferred_out,b1,,
            m2,2022-02-01,moved,b2,b2,

            """)
        #expect(messages == [
            "member_events.csv:3: column unit_id: member m1 is in b1 on 2020-06-01, not b2",
            "member_events.csv:4: column from_unit_id: member m1 is in b1 on 2021-01-01, not b2",
            "member_events.csv:6: column unit_id: member m2 is in b2 on 2022-01-01, not b1",
            "member_events.csv:7: column unit_id: a move must go to another branch, not back to b2",
        ])
    }

    @Test func leavingAndRestoring() throws {
        let messages = try messages(events: """
            m1,2020-01-01,restored,b1,,
            m1,2020-02-01,died,b1,,
            m2,2020-01-01,transferred_in,b2,,
            m2,2021-01-01,transferred_out,b2,,
            m2,2022-01-01,restored,b2,,
            m2,2023-01-01,transferred_in,b2,,
            m2,2024-01-01,removed,b2,,
            m2,2024-03-01,restored,b1,,

            """)
        #expect(messages == [
            "member_events.csv:2: column type: member m1 was never a member; restored needs a former member",
            "member_events.csv:3: column type: member m1 is not a member on 2020-02-01; died needs a current member",
            "member_events.csv:6: column type: member m2 left by transferred_out; "
                + "restored needs a member who was expelled, removed or resigned",
        ])
    }

    @Test func sameDayEventsApplyInFileOrder() throws {
        let inOrder = try messages(events: """
            m1,2020-01-01,admitted,b1,,
            m1,2020-01-01,moved,b2,b1,
            m2,2020-01-01,transferred_in,b2,,

            """)
        #expect(inOrder.isEmpty)
        let reversed = try messages(events: """
            m1,2020-01-01,moved,b2,b1,
            m1,2020-01-01,admitted,b1,,
            m2,2020-01-01,transferred_in,b2,,

            """)
        #expect(reversed == [
            "member_events.csv:2: column type: member m1 is not a member on 2020-01-01; moved needs a current member",
        ])
    }

    @Test func fileOrderAcrossDaysDoesNotMatter() throws {
        let result = try TemporaryDataset(["member_events.csv": """
            member_id,date,type,unit_id,from_unit_id,status
            m1,2021-01-01,made_official,b1,,
            m2,2020-01-01,transferred_in,b2,,Dự bị
            m1,2020-01-01,admitted,b1,,

            """]).load()
        #expect(result.problems.isEmpty)
        let spans = result.memberships.filter { $0.memberID == "m1" }
        #expect(spans.map(\.probationary) == [true, false])
        #expect(result.memberships.first { $0.memberID == "m2" }?.probationary == true)
    }

    @Test func aBadEventRowIsNotEchoedByTheReplay() throws {
        // The admission's date is bad; m1's later events are not reported as "not a member".
        let messages = try messages(events: """
            m1,2020-13-01,admitted,b1,,
            m1,2021-01-01,made_official,b1,,
            m2,2020-01-01,transferred_in,b2,,

            """)
        #expect(messages == ["member_events.csv:2: column date: \"2020-13-01\" is not a valid date"])
    }

    @Test func eventsBeforeBirth() throws {
        let members = "id,full_name,gender,birth_date\nm1,Lò Văn An,male,2030-06-30\nm2,Quàng Thị Bình,female,1990-02-02\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages == ["member_events.csv:2: column date: member m1 was born on 2030-06-30, after this event"])
    }

    @Test func aDeepTreeIsCheckedInLinearTime() throws {
        // 3.000 levels: a walk per unit up to the root would take minutes.
        var units = "id,parent_id,name,kind\nu0,,Gốc,district\n"
        for level in 1..<3000 { units += "u\(level),u\(level - 1),Cấp \(level),sub_committee\n" }
        units += "u3000,u3001,Vòng,branch\nu3001,u3000,Vòng,branch\n"
        let messages = try TemporaryDataset(["units.csv": units, "member_events.csv": "member_id,date,type,unit_id\n"])
            .messages().filter { !$0.contains("warning") }
        #expect(messages == ["units.csv:3002: column parent_id: the unit tree has a cycle: u3000 → u3001 → u3000"])
    }

    @Test func columnRulesOfEvents() throws {
        let messages = try messages(events: """
            m1,2020-01-01,admitted,b1,,official
            m1,2020-03-01,moved,b2,,
            m1,2020-04-01,made_official,b1,b2,
            m2,2020-01-01,transferred_in,b2,,
            m2,,transferred_out,b2,,
            m2,2021-01-01,left,b2,,

            """)
        #expect(messages.contains("member_events.csv:2: column status: only a transferred_in event has a status"))
        #expect(messages.contains("member_events.csv:3: column from_unit_id: required for a moved event (the branch left)"))
        #expect(messages.contains("member_events.csv:4: column from_unit_id: only a moved event has a from_unit_id"))
        #expect(messages.contains("member_events.csv:6: column date: required value missing"))
        #expect(messages.contains(where: { $0.hasPrefix(
            "member_events.csv:7: column type: \"left\" is not a known event type; expected admitted (Kết nạp), ") }))
    }
}
