import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.messages.SendMultiMediaRequest(
                peer="durov",
                multi_media=[
                    types.InputSingleMedia(
                        media=types.InputMediaUploadedPhoto(
                            file=await client.upload_file("photo.jpg")
                        ),
                        message="Hello there!",
                    )
                ],
            )
        )
        print(result.stringify())


asyncio.run(main())
