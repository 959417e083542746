import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.messages.SendMessageRequest(
                no_webpage=True,
                silent=True,
                background=True,
                clear_draft=True,
                noforwards=True,
                update_stickersets_order=True,
                invert_media=True,
                allow_paid_floodskip=True,
                peer="durov",
                reply_to=types.InputReplyToMessage(
                    reply_to_msg_id=142,
                    top_msg_id=142,
                    reply_to_peer_id=await client.get_input_entity("durov"),
                    quote_text="Hello there!",
                    quote_entities=[types.MessageEntityMention(offset=0, length=5)],
                    quote_offset=0,
                    monoforum_peer_id=await client.get_input_entity("durov"),
                    todo_item_id=142,
                ),
                message="Hello there!",
                reply_markup=types.ReplyInlineMarkup(
                    rows=[
                        types.KeyboardButtonRow(
                            buttons=[
                                types.KeyboardButtonUrl(
                                    style=types.KeyboardButtonStyle(
                                        bg_primary=True,
                                        bg_danger=True,
                                        bg_success=True,
                                        icon=-4156887774564,
                                    ),
                                    text="Hello there!",
                                    url="https://example.com",
                                )
                            ]
                        )
                    ]
                ),
                entities=[types.MessageEntityMention(offset=0, length=5)],
                schedule_date=1811808000,
                schedule_repeat_period=42,
                send_as="durov",
                quick_reply_shortcut=types.InputQuickReplyShortcut(shortcut="cats"),
                effect=-4156887774564,
                allow_paid_stars=100,
                suggested_post=types.SuggestedPost(
                    accepted=True,
                    rejected=True,
                    price=types.StarsAmount(amount=100, nanos=42),
                    schedule_date=1811808000,
                ),
            )
        )
        print(result.stringify())


asyncio.run(main())
