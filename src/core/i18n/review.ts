// The post-mortem review's messages (src/core/review/): for each rule its title and the reason it
// matters (the "How the review works" page prints both), then the findings, each saying what was found
// and how to fix it.
import { defineDictionary } from './translate.ts';

export const REVIEW_DICTIONARY = /* @__PURE__ */ defineDictionary(
  {
    'review.level.problem': 'Problem',
    'review.level.suggestion': 'Suggestion',
    'review.level.good': 'Good',

    'review.summary': 'Problems: {problem} · Suggestions: {suggestion} · Good: {good}',
    'review.why': 'Why: {why}',
    'review.read': 'Read: {page}',
    'review.passed': 'Review passed: {id}',
    'review.failed': 'Review failed: {id} (fails on: {levels})',

    'review.rule.blame-language.title': 'Blameless language',
    'review.rule.blame-language.why':
      'Words like “human error” or “careless” put the cause on a person; people then hide what they did, and the system that allowed the mistake stays as it is.',
    'review.rule.hindsight-language.title': 'No hindsight',
    'review.rule.hindsight-language.why':
      '“Should have” and “obviously” judge a decision by what was only known afterwards; describe what the responder knew and saw at the time.',
    'review.rule.person-as-cause.title': 'Systems, not people, as causes',
    'review.rule.person-as-cause.why':
      'When a responder’s name is the subject of the cause or of a failure, the review turns into a trial; name the condition that let the action cause harm.',
    'review.rule.contributing-factors.title': 'Contributing factors',
    'review.rule.contributing-factors.why':
      'Incidents have several causes: a trigger meets conditions (missing limits, alerts, tests). One bare cause hides the conditions that will cause the next incident.',
    'review.rule.impact-number.title': 'Impact in numbers',
    'review.rule.impact-number.why':
      'Impact without a number (users, requests, percent, money or duration) cannot be compared with other incidents or with the SLO.',
    'review.rule.milestones.title': 'Milestones for the severity',
    'review.rule.milestones.why':
      'Detection, mitigation and resolution times are what time-to-detect and time-to-mitigate are computed from; without them the incident cannot be measured.',
    'review.rule.acknowledge-time.title': 'Acknowledged in time',
    'review.rule.acknowledge-time.why':
      'Each severity promises how quickly a page is acknowledged; a slower acknowledgement is a finding about paging and on-call, not about the responder.',
    'review.rule.update-cadence.title': 'Updates at the severity’s cadence',
    'review.rule.update-cadence.why':
      'Stakeholders were promised an update at the severity’s cadence while the incident was open; a long silence in the timeline shows where that promise broke.',
    'review.rule.action-item-fields.title': 'Action items with owner, due date and type',
    'review.rule.action-item-fields.why':
      'An item without an owner is a wish; without a due date it stays in the backlog for a year; without a type nobody can tell whether the incident is prevented or only mitigated.',
    'review.rule.prevent-or-detect.title': 'Prevent or detect for major incidents',
    'review.rule.prevent-or-detect.why':
      'For the most severe incidents, mitigation alone lets the same failure return; at least one item must prevent it or detect it sooner.',
    'review.rule.vague-action.title': 'Concrete action items',
    'review.rule.vague-action.why':
      '“Monitor”, “be careful” or “investigate” with no outcome cannot be finished or checked; say what changes and when the item is done.',
    'review.rule.past-due.title': 'Due dates still ahead',
    'review.rule.past-due.why': 'An open item past its due date needs a new date or a new owner, agreed openly.',
    'review.rule.postmortem-required.title': 'A complete post-mortem where the severity requires one',
    'review.rule.postmortem-required.why':
      'The severity table promises a post-mortem for this severity; besides the impact, the contributing factors and the action items checked above, it needs the trigger, how the incident was detected and how it was resolved.',
    'review.rule.review-window.title': 'Review within the promised window',
    'review.rule.review-window.why':
      'The resolved message promises the post-mortem within {hours} hours; memories and logs fade, and stakeholders wait for it.',
    'review.rule.status-page.title': 'Status page where the severity requires one',
    'review.rule.status-page.why':
      'This severity requires a status-page or external message; customers learn of the incident from us, not from social media.',

    'review.blame-language.found':
      '“{phrase}” blames a person. Describe what happened and which condition let it cause harm instead.',
    'review.blame-language.good': 'No blaming words found.',
    'review.hindsight-language.found':
      '“{phrase}” is hindsight. Write what was known at the time and why the decision made sense then.',
    'review.hindsight-language.good': 'No hindsight phrasing found.',
    'review.person-as-cause.found':
      '{name} is the subject of a cause or a failure here. Name the system condition instead (a missing check, guard or alert).',
    'review.person-as-cause.good': 'No responder is named as a cause.',
    'review.contributing-factors.empty':
      'No contributing factors are written. List the trigger and the conditions that let it cause harm.',
    'review.contributing-factors.single':
      'Only one bare cause is written. Add the conditions that let it cause harm (one per line), e.g. a missing alert or limit.',
    'review.contributing-factors.good': 'The cause is described with its contributing factors.',
    'review.impact-number.empty': 'The impact is empty. Say who was affected, how many and for how long.',
    'review.impact-number.found':
      'The impact has no number. Add users, requests, percent, money or duration, e.g. “30% of API requests failed for 45 minutes”.',
    'review.impact-number.good': 'The impact is given in numbers.',
    'review.milestones.missing': 'The “{milestone}” time is missing. Fill it in from the timeline or the alerts.',
    'review.milestones.good': 'The detection, mitigation and resolution times are all there.',
    'review.acknowledge-time.late':
      'The page was acknowledged {minutes} minutes after detection; {severity} promises {limit} minutes. Record why, and add an action item for paging if it was the system.',
    'review.acknowledge-time.good': 'The page was acknowledged within the severity’s time.',
    'review.update-cadence.gap':
      'No timeline entry for {minutes} minutes from {from} while the incident was open; {severity} promises an update every {cadence} minutes. Add the updates that were sent, or note why none was.',
    'review.update-cadence.good': 'The timeline has no silence longer than the update cadence.',
    'review.action-item-fields.none': 'There are no action items. Agree at least one with an owner and a due date.',
    'review.action-item-fields.owner': 'Action item {n} has no owner. Name one person (not a team).',
    'review.action-item-fields.due': 'Action item {n} has no due date. Agree a date in the review.',
    'review.action-item-fields.type': 'Action item {n} has no type. Choose mitigate, prevent, detect or process.',
    'review.action-item-fields.good': 'Every action item has an owner, a due date and a type.',
    'review.prevent-or-detect.missing':
      'A {severity} incident needs at least one “prevent” or “detect” action item. Add one, or change an item’s type if it already does that.',
    'review.prevent-or-detect.good': 'There is an action item that prevents or detects a recurrence.',
    'review.vague-action.found':
      'Action item {n} (“{phrase}”) has no outcome. Say what changes and when it is done, e.g. “alert when the pool is 80% busy”.',
    'review.vague-action.good': 'Every action item names a concrete outcome.',
    'review.past-due.found': 'Action item {n} was due on {due} and is still open. Agree a new date or close it.',
    'review.past-due.good': 'No open action item is past its due date.',
    'review.postmortem-required.missing':
      '{severity} requires a post-mortem, and its {fields} are still empty. Fill them before the review.',
    'review.postmortem-required.optional':
      '{severity} does not require a post-mortem, and its {fields} are still empty; fill them if the team reviews it.',
    'review.postmortem-required.good': 'The post-mortem has the sections its severity requires.',
    'review.review-window.late':
      'The post-mortem review was recorded {hours} hours after resolution; the promise is {limit} hours. Note why, so the next one can be planned sooner.',
    'review.review-window.unrecorded':
      'No timeline entry records the post-mortem review, and {limit} hours have passed since resolution. Add it (e.g. “Post-mortem review held”).',
    'review.review-window.good': 'The review is within the promised window.',
    'review.status-page.missing':
      '{severity} requires a status-page or external message, and no timeline entry records one. Add the entry (e.g. “Status page updated”).',
    'review.status-page.good': 'The status-page message is recorded.',

    'review.field.trigger': 'trigger',
    'review.field.detection': 'detection',
    'review.field.resolution': 'resolution',
  },
  {
    'review.level.problem': 'ปัญหา',
    'review.level.suggestion': 'ข้อเสนอแนะ',
    'review.level.good': 'ดีแล้ว',

    'review.summary': 'ปัญหา: {problem} · ข้อเสนอแนะ: {suggestion} · ดีแล้ว: {good}',
    'review.why': 'เหตุผล: {why}',
    'review.read': 'อ่าน: {page}',
    'review.passed': 'ผ่านการทบทวน: {id}',
    'review.failed': 'ไม่ผ่านการทบทวน: {id} (ไม่ผ่านเมื่อมี: {levels})',

    'review.rule.blame-language.title': 'ภาษาที่ไม่กล่าวโทษ',
    'review.rule.blame-language.why':
      'คำอย่าง “ความผิดพลาดของมนุษย์” หรือ “ประมาท” โยนสาเหตุให้คน คนจึงปิดบังสิ่งที่ทำ และระบบที่ปล่อยให้พลาดได้ก็ยังเหมือนเดิม',
    'review.rule.hindsight-language.title': 'ไม่ตัดสินด้วยการมองย้อนหลัง',
    'review.rule.hindsight-language.why': '“ควรจะ” และ “เห็นได้ชัดว่า” ตัดสินการตัดสินใจด้วยสิ่งที่รู้ภายหลัง ให้เขียนว่าผู้รับมือรู้และเห็นอะไรในตอนนั้น',
    'review.rule.person-as-cause.title': 'สาเหตุคือระบบ ไม่ใช่คน',
    'review.rule.person-as-cause.why':
      'เมื่อชื่อผู้รับมือเป็นประธานของสาเหตุหรือความล้มเหลว การทบทวนจะกลายเป็นการไต่สวน ให้ระบุเงื่อนไขที่ทำให้การกระทำนั้นก่อความเสียหายได้',
    'review.rule.contributing-factors.title': 'ปัจจัยร่วม',
    'review.rule.contributing-factors.why':
      'Incident มีหลายสาเหตุเสมอ: ตัวกระตุ้นมาเจอกับเงื่อนไข (ไม่มีขีดจำกัด ไม่มี Alert ไม่มีเทสต์) สาเหตุเดียวโดด ๆ ซ่อนเงื่อนไขที่จะก่อ Incident ครั้งถัดไป',
    'review.rule.impact-number.title': 'ผลกระทบเป็นตัวเลข',
    'review.rule.impact-number.why': 'ผลกระทบที่ไม่มีตัวเลข (ผู้ใช้ Request เปอร์เซ็นต์ เงิน หรือระยะเวลา) เทียบกับ Incident อื่นหรือกับ SLO ไม่ได้',
    'review.rule.milestones.title': 'เวลาสำคัญตามระดับความรุนแรง',
    'review.rule.milestones.why':
      'เวลาที่ตรวจพบ บรรเทา และแก้ไขเสร็จ คือที่มาของเวลาในการตรวจพบและเวลาในการบรรเทา ถ้าไม่มีก็วัด Incident นี้ไม่ได้',
    'review.rule.acknowledge-time.title': 'Acknowledge ทันเวลา',
    'review.rule.acknowledge-time.why':
      'แต่ละระดับความรุนแรงสัญญาว่าจะ Acknowledge การ Page เร็วแค่ไหน ถ้าช้ากว่านั้นคือข้อค้นพบเรื่องการ Page และ On-call ไม่ใช่เรื่องของผู้รับมือ',
    'review.rule.update-cadence.title': 'อัปเดตตามรอบของระดับความรุนแรง',
    'review.rule.update-cadence.why':
      'ระหว่างที่ Incident ยังเปิดอยู่ Stakeholders ได้รับสัญญาว่าจะมีอัปเดตตามรอบของระดับความรุนแรง ช่วงเงียบที่ยาวใน Timeline แสดงว่าสัญญานั้นขาดตรงไหน',
    'review.rule.action-item-fields.title': 'Action item มีผู้รับผิดชอบ วันกำหนดเสร็จ และประเภท',
    'review.rule.action-item-fields.why':
      'Action item ที่ไม่มีผู้รับผิดชอบเป็นแค่ความหวัง ไม่มีวันกำหนดเสร็จก็ค้างอยู่ใน Backlog เป็นปี ไม่มีประเภทก็ไม่รู้ว่าป้องกันได้จริงหรือแค่บรรเทา',
    'review.rule.prevent-or-detect.title': 'ป้องกันหรือตรวจจับสำหรับ Incident รุนแรง',
    'review.rule.prevent-or-detect.why':
      'สำหรับ Incident ที่รุนแรงที่สุด การบรรเทาอย่างเดียวทำให้ความล้มเหลวแบบเดิมกลับมาได้ ต้องมีอย่างน้อยหนึ่งรายการที่ป้องกันหรือตรวจจับได้เร็วขึ้น',
    'review.rule.vague-action.title': 'Action item ที่เป็นรูปธรรม',
    'review.rule.vague-action.why':
      '“เฝ้าดู” “ระมัดระวัง” หรือ “สืบสวน” ที่ไม่มีผลลัพธ์ ทำให้เสร็จหรือตรวจสอบไม่ได้ ให้บอกว่าอะไรจะเปลี่ยนและเมื่อไรถือว่าเสร็จ',
    'review.rule.past-due.title': 'วันกำหนดเสร็จยังไม่ผ่านไป',
    'review.rule.past-due.why': 'รายการที่ยังเปิดอยู่และเลยกำหนดแล้ว ต้องตกลงวันใหม่หรือผู้รับผิดชอบใหม่อย่างเปิดเผย',
    'review.rule.postmortem-required.title': 'Post-mortem ครบถ้วนเมื่อระดับความรุนแรงกำหนด',
    'review.rule.postmortem-required.why':
      'ตารางระดับความรุนแรงสัญญาว่าจะมี Post-mortem สำหรับระดับนี้ นอกจากผลกระทบ ปัจจัยร่วม และ Action item ที่ตรวจข้างต้นแล้ว ยังต้องมีตัวกระตุ้น วิธีที่ตรวจพบ และวิธีที่แก้ไข',
    'review.rule.review-window.title': 'ทบทวนภายในเวลาที่สัญญา',
    'review.rule.review-window.why':
      'ข้อความ Resolved สัญญาว่าจะมี Post-mortem ภายใน {hours} ชม. ความจำและ Log จางหายไป และ Stakeholders รออยู่',
    'review.rule.status-page.title': 'หน้าสถานะเมื่อระดับความรุนแรงกำหนด',
    'review.rule.status-page.why': 'ระดับนี้ต้องมีข้อความบนหน้าสถานะหรือข้อความถึงภายนอก ลูกค้าควรรู้เรื่อง Incident จากเรา ไม่ใช่จากโซเชียลมีเดีย',

    'review.blame-language.found': '“{phrase}” เป็นการกล่าวโทษคน ให้เล่าว่าเกิดอะไรขึ้นและเงื่อนไขใดทำให้เกิดความเสียหายแทน',
    'review.blame-language.good': 'ไม่พบคำที่กล่าวโทษ',
    'review.hindsight-language.found': '“{phrase}” เป็นการมองย้อนหลัง ให้เขียนว่าตอนนั้นรู้อะไร และทำไมการตัดสินใจจึงสมเหตุสมผลในตอนนั้น',
    'review.hindsight-language.good': 'ไม่พบการเขียนแบบมองย้อนหลัง',
    'review.person-as-cause.found':
      '{name} เป็นประธานของสาเหตุหรือความล้มเหลวตรงนี้ ให้ระบุเงื่อนไขของระบบแทน (การตรวจสอบ ตัวป้องกัน หรือ Alert ที่ขาดไป)',
    'review.person-as-cause.good': 'ไม่มีผู้รับมือคนใดถูกระบุเป็นสาเหตุ',
    'review.contributing-factors.empty': 'ยังไม่ได้เขียนปัจจัยร่วม ให้ระบุตัวกระตุ้นและเงื่อนไขที่ทำให้เกิดความเสียหาย',
    'review.contributing-factors.single':
      'มีสาเหตุเดียวโดด ๆ ให้เพิ่มเงื่อนไขที่ทำให้เกิดความเสียหาย (บรรทัดละหนึ่งข้อ) เช่น Alert หรือขีดจำกัดที่ขาดไป',
    'review.contributing-factors.good': 'สาเหตุเขียนไว้พร้อมปัจจัยร่วม',
    'review.impact-number.empty': 'ยังไม่ได้เขียนผลกระทบ ให้บอกว่าใครได้รับผลกระทบ จำนวนเท่าไร และนานแค่ไหน',
    'review.impact-number.found':
      'ผลกระทบไม่มีตัวเลข ให้เพิ่มจำนวนผู้ใช้ Request เปอร์เซ็นต์ เงิน หรือระยะเวลา เช่น “30% ของ API request ล้มเหลวนาน 45 นาที”',
    'review.impact-number.good': 'ผลกระทบระบุเป็นตัวเลข',
    'review.milestones.missing': 'ยังไม่มีเวลาของ “{milestone}” ให้เติมจาก Timeline หรือ Alert',
    'review.milestones.good': 'มีเวลาที่ตรวจพบ บรรเทา และแก้ไขเสร็จครบ',
    'review.acknowledge-time.late':
      'Acknowledge การ Page หลังตรวจพบ {minutes} นาที ขณะที่ {severity} สัญญาไว้ {limit} นาที ให้บันทึกเหตุผล และเพิ่ม Action item เรื่องการ Page ถ้าสาเหตุอยู่ที่ระบบ',
    'review.acknowledge-time.good': 'Acknowledge การ Page ภายในเวลาของระดับความรุนแรง',
    'review.update-cadence.gap':
      'ไม่มีรายการใน Timeline นาน {minutes} นาทีตั้งแต่ {from} ระหว่างที่ Incident ยังเปิดอยู่ ขณะที่ {severity} สัญญาว่าจะอัปเดตทุก {cadence} นาที ให้เพิ่มอัปเดตที่ส่งไป หรือบันทึกว่าทำไมจึงไม่ได้ส่ง',
    'review.update-cadence.good': 'Timeline ไม่มีช่วงเงียบนานกว่ารอบการอัปเดต',
    'review.action-item-fields.none': 'ยังไม่มี Action item ให้ตกลงอย่างน้อยหนึ่งรายการพร้อมผู้รับผิดชอบและวันกำหนดเสร็จ',
    'review.action-item-fields.owner': 'Action item ที่ {n} ยังไม่มีผู้รับผิดชอบ ให้ระบุหนึ่งคน (ไม่ใช่ทีม)',
    'review.action-item-fields.due': 'Action item ที่ {n} ยังไม่มีวันกำหนดเสร็จ ให้ตกลงวันในการประชุมทบทวน',
    'review.action-item-fields.type': 'Action item ที่ {n} ยังไม่มีประเภท ให้เลือก mitigate, prevent, detect หรือ process',
    'review.action-item-fields.good': 'Action item ทุกรายการมีผู้รับผิดชอบ วันกำหนดเสร็จ และประเภท',
    'review.prevent-or-detect.missing':
      'Incident ระดับ {severity} ต้องมี Action item ประเภท “prevent” หรือ “detect” อย่างน้อยหนึ่งรายการ ให้เพิ่ม หรือเปลี่ยนประเภทถ้ารายการนั้นทำเช่นนั้นอยู่แล้ว',
    'review.prevent-or-detect.good': 'มี Action item ที่ป้องกันหรือตรวจจับการเกิดซ้ำ',
    'review.vague-action.found':
      'Action item ที่ {n} (“{phrase}”) ไม่มีผลลัพธ์ ให้บอกว่าอะไรจะเปลี่ยนและเมื่อไรถือว่าเสร็จ เช่น “แจ้งเตือนเมื่อ Pool ใช้งานเกิน 80%”',
    'review.vague-action.good': 'Action item ทุกรายการระบุผลลัพธ์ที่เป็นรูปธรรม',
    'review.past-due.found': 'Action item ที่ {n} กำหนดเสร็จวันที่ {due} และยังเปิดอยู่ ให้ตกลงวันใหม่หรือปิดรายการ',
    'review.past-due.good': 'ไม่มี Action item ที่ยังเปิดอยู่และเลยกำหนด',
    'review.postmortem-required.missing': '{severity} ต้องมี Post-mortem แต่ส่วน {fields} ยังว่างอยู่ ให้เติมก่อนการประชุมทบทวน',
    'review.postmortem-required.optional': '{severity} ไม่บังคับให้มี Post-mortem แต่ส่วน {fields} ยังว่างอยู่ ให้เติมถ้าทีมจะทบทวน',
    'review.postmortem-required.good': 'Post-mortem มีส่วนที่ระดับความรุนแรงกำหนดครบ',
    'review.review-window.late':
      'บันทึกการประชุมทบทวน Post-mortem ไว้ {hours} ชม. หลังแก้ไขเสร็จ ขณะที่สัญญาไว้ {limit} ชม. ให้บันทึกเหตุผลเพื่อวางแผนครั้งหน้าให้เร็วขึ้น',
    'review.review-window.unrecorded':
      'ไม่มีรายการใน Timeline ที่บันทึกการประชุมทบทวน Post-mortem และผ่านไปแล้ว {limit} ชม. หลังแก้ไขเสร็จ ให้เพิ่มรายการ (เช่น “ประชุมทบทวน Post-mortem แล้ว”)',
    'review.review-window.good': 'การทบทวนอยู่ในเวลาที่สัญญาไว้',
    'review.status-page.missing':
      '{severity} ต้องมีข้อความบนหน้าสถานะหรือข้อความถึงภายนอก แต่ไม่มีรายการใน Timeline ที่บันทึกไว้ ให้เพิ่มรายการ (เช่น “อัปเดตหน้าสถานะแล้ว”)',
    'review.status-page.good': 'บันทึกข้อความบนหน้าสถานะไว้แล้ว',

    'review.field.trigger': 'ตัวกระตุ้น',
    'review.field.detection': 'การตรวจพบ',
    'review.field.resolution': 'การแก้ไข',
  },
);
